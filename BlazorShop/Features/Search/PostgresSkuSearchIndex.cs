namespace BlazorShop.Features.Search;

/// <summary>PostgreSQL: the GIN-indexed generated tsvector (name A, brand/category B, spec values C, caption D).</summary>
public sealed class PostgresSkuSearchIndex : ISkuSearchIndex
{
    private static string Test(string parameter) => $"s.\"SearchVector\" @@ to_tsquery('simple', @{parameter})";

    public SearchMatchSql Match(IReadOnlyList<SearchTerm> terms, bool partial = false, bool rank = true)
    {
        var join = partial ? " | " : " & ";
        var parameters = new Dictionary<string, string>
        {
            ["any"] = Query(terms, "", join), ["fa"] = Query(terms, "A", join), ["fb"] = Query(terms, "AB", join), ["fc"] = Query(terms, "ABC", join),
        };
        var hits = terms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (partial)
        {
            for (var i = 0; i < terms.Count; i++) parameters["t" + i] = Query([terms[i]], "", join);
            hits = string.Join(" + ", terms.Select((_, i) => $"CASE WHEN {Test("t" + i)} THEN 1 ELSE 0 END"));
        }
        // The field rank costs a test per matched row: only relevance order needs it.
        var field = rank ? $"CASE WHEN {Test("fa")} THEN 3 WHEN {Test("fb")} THEN 2 WHEN {Test("fc")} THEN 1 ELSE 0 END" : "0";
        if (!rank) { parameters.Remove("fa"); parameters.Remove("fb"); parameters.Remove("fc"); }
        var sql = $"""
            SELECT s."Id", {hits} AS "Hits",
                   {field} AS "Field",
                   s."CategoryId", s."BrandId", s."Price", s."Sales", s."CreatedAt"
            FROM "Skus" s
            WHERE {Test("any")} AND s."IsLaunched"
            """;
        return new SearchMatchSql(sql, parameters);
    }

    /// <summary>(a & b) | (c) per term; a weight restriction ("AB") limits every token to those fields.</summary>
    private static string Query(IEnumerable<SearchTerm> terms, string weights, string join) =>
        string.Join(join, terms.Select(t => "(" + string.Join(" | ", t.Alternatives.Select(a =>
            "(" + string.Join(" & ", a.Select(k => k.Text + (k.Prefix ? ":*" + weights : weights.Length > 0 ? ":" + weights : ""))) + ")")) + ")"));
}
