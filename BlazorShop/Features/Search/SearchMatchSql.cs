namespace BlazorShop.Features.Search;

/// <summary>The match SQL of a provider and its text parameters.</summary>
public sealed record SearchMatchSql(string Sql, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>
    /// The statement every provider runs (see <see cref="ISkuSearchIndex"/>); a provider says only how a parameter
    /// is tested against its index (<paramref name="test"/>), how terms become its query text (<paramref name="query"/>),
    /// and how that text is limited to the name / +brand,category / +spec fields (<paramref name="fields"/>).
    /// </summary>
    public static SearchMatchSql Build(IReadOnlyList<SearchTerm> terms, bool partial, bool rank,
        Func<string, string> test, Func<IReadOnlyList<SearchTerm>, string> query, Func<IReadOnlyList<SearchTerm>, string, (string A, string AB, string ABC)> fields)
    {
        var any = query(terms);
        var parameters = new Dictionary<string, string> { ["any"] = any };
        var hits = terms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (partial)
        {
            for (var i = 0; i < terms.Count; i++) parameters["t" + i] = query([terms[i]]);
            hits = string.Join(" + ", terms.Select((_, i) => $"CASE WHEN {test("t" + i)} THEN 1 ELSE 0 END"));
        }
        // The field rank costs a test per matched row: only relevance order needs it.
        var field = "0";
        if (rank)
        {
            (parameters["fa"], parameters["fb"], parameters["fc"]) = fields(terms, any);
            field = $"CASE WHEN {test("fa")} THEN 3 WHEN {test("fb")} THEN 2 WHEN {test("fc")} THEN 1 ELSE 0 END";
        }
        var sql = $"""
            SELECT s."Id", {hits} AS "Hits",
                   {field} AS "Field",
                   s."CategoryId", s."BrandId", s."Price", s."Sales", s."CreatedAt"
            FROM "Skus" s
            WHERE {test("any")} AND s."IsLaunched"
            """;
        return new SearchMatchSql(sql, parameters);
    }
}
