namespace BlazorShop.Features.Search;

/// <summary>
/// One word of the query. It matches a SKU when any of its alternatives does (an alternative: tokens that must all
/// be there). <see cref="Words"/> are the words it stands for (itself, synonyms, aliases, what its pinyin spells):
/// they name brands and categories.
/// </summary>
public sealed record SearchTerm(string Display, IReadOnlyList<IReadOnlyList<QueryToken>> Alternatives, IReadOnlyList<string> Words)
{
    /// <summary>Every token of every alternative (for highlighting).</summary>
    public IReadOnlyList<QueryToken> Tokens => Alternatives.SelectMany(a => a).DistinctBy(t => t.Text).ToList();
}
