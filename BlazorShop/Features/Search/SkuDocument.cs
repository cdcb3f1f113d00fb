namespace BlazorShop.Features.Search;

/// <summary>
/// One SKU changed since the in-memory snapshot was built: its facts and its tokens with their field levels, matched
/// one by one (there are few) with the same rules as the posting lists.
/// </summary>
public sealed class SkuDocument
{
    private readonly Dictionary<string, sbyte> _tokens = new(StringComparer.Ordinal);

    public SkuDocument(SkuSearchRow row)
    {
        (Id, CategoryId, BrandId, Price, Sales, CreatedAt) = (row.Id, row.CategoryId, row.BrandId, row.Price, row.Sales, row.CreatedAt);
        foreach (var (text, level) in row.Fields)
            foreach (var range in text.AsSpan().Split(' '))
            {
                var token = text.AsSpan()[range];
                if (!token.IsEmpty) _tokens.TryAdd(token.ToString(), level); // the best field comes first
            }
    }

    public long Id { get; }
    public int CategoryId { get; }
    public int BrandId { get; }
    public decimal Price { get; }
    public int Sales { get; }
    public DateTime CreatedAt { get; }

    /// <summary>The best field level at which the term matches (any alternative, all its tokens); -1 if it does not.</summary>
    public int Level(SearchTerm term)
    {
        var best = -1;
        foreach (var alternative in term.Alternatives)
        {
            if (alternative.Count == 0) continue;
            var level = int.MaxValue;
            foreach (var token in alternative) level = Math.Min(level, Level(token));
            best = Math.Max(best, level);
        }
        return best;
    }

    private int Level(QueryToken token)
    {
        if (!token.Prefix) return _tokens.TryGetValue(token.Text, out var level) ? level : -1;
        var best = -1;
        foreach (var (text, level) in _tokens)
            if (level > best && text.StartsWith(token.Text, StringComparison.Ordinal)) best = level;
        return best;
    }
}
