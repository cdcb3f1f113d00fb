namespace BlazorShop.Features.Search;

/// <summary>SQLite: the FTS5 table "SkuSearch" over four token columns, kept in step by triggers (SearchFields migration).</summary>
public sealed class SqliteSkuSearchIndex : ISkuSearchIndex
{
    private static string Test(string parameter) => $"s.\"Id\" IN (SELECT rowid FROM \"SkuSearch\" WHERE \"SkuSearch\" MATCH @{parameter})";

    public SearchMatchSql Match(IReadOnlyList<SearchTerm> terms, bool partial = false, bool rank = true)
    {
        var join = partial ? " OR " : " AND ";
        var any = Query(terms, join);
        var parameters = new Dictionary<string, string>
        {
            ["any"] = any,
            ["fa"] = "{SearchName} : (" + any + ")",
            ["fb"] = "{SearchName SearchTags} : (" + any + ")",
            ["fc"] = "{SearchName SearchTags SearchSpecs} : (" + any + ")",
        };
        var hits = terms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (partial)
        {
            for (var i = 0; i < terms.Count; i++) parameters["t" + i] = Query([terms[i]], join);
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

    /// <summary>Quoted FTS5 strings, ("a" AND "b" *) OR ("c") per term; a token cannot contain a quote, so it cannot end one early.</summary>
    private static string Query(IEnumerable<SearchTerm> terms, string join) =>
        string.Join(join, terms.Select(t => "(" + string.Join(" OR ", t.Alternatives.Select(a =>
            "(" + string.Join(" AND ", a.Select(k => k.Prefix ? $"\"{k.Text}\" *" : $"\"{k.Text}\"")) + ")")) + ")"));
}
