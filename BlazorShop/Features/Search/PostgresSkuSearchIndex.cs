namespace BlazorShop.Features.Search;

/// <summary>PostgreSQL: the GIN-indexed generated tsvector (name A, brand/category B, spec values C, caption D).</summary>
public sealed class PostgresSkuSearchIndex : ISkuSearchIndex
{
    private static string Test(string parameter) => $"s.\"SearchVector\" @@ to_tsquery('simple', @{parameter})";

    public SearchMatchSql Match(IReadOnlyList<SearchTerm> terms, bool partial = false, bool rank = true)
    {
        var join = partial ? " | " : " & ";
        return SearchMatchSql.Build(terms, partial, rank, Test, t => Query(t, "", join),
            (t, _) => (Query(t, "A", join), Query(t, "AB", join), Query(t, "ABC", join)));
    }

    /// <summary>(a &amp; b) | (c) per term; a weight restriction ("AB") limits every token to those fields.</summary>
    private static string Query(IEnumerable<SearchTerm> terms, string weights, string join) =>
        string.Join(join, terms.Select(t => "(" + string.Join(" | ", t.Alternatives.Select(a =>
            "(" + string.Join(" & ", a.Select(k => k.Text + (k.Prefix ? ":*" + weights : weights.Length > 0 ? ":" + weights : ""))) + ")")) + ")"));
}
