using System.Globalization;
using BlazorShop.Features.Search;

namespace BlazorShop.Benchmarks.Baseline;

/// <summary>
/// The match statement as it was before the in-memory index (commit 14ae572: SearchMatchSql.Build with
/// PostgresSkuSearchIndex), frozen here so the benchmark can time the old search next to the new one in one run.
/// </summary>
static class BaselinePostgresMatch
{
    static string Test(string parameter) => $"s.\"SearchVector\" @@ to_tsquery('simple', @{parameter})";

    public static (string Sql, Dictionary<string, string> Parameters) Build(IReadOnlyList<SearchTerm> terms, bool partial = false, bool rank = true)
    {
        var join = partial ? " | " : " & ";
        var parameters = new Dictionary<string, string> { ["any"] = Query(terms, "", join) };
        var hits = terms.Count.ToString(CultureInfo.InvariantCulture);
        if (partial)
        {
            for (var i = 0; i < terms.Count; i++) parameters["t" + i] = Query([terms[i]], "", join);
            hits = string.Join(" + ", terms.Select((_, i) => $"CASE WHEN {Test("t" + i)} THEN 1 ELSE 0 END"));
        }
        var field = "0";
        if (rank)
        {
            (parameters["fa"], parameters["fb"], parameters["fc"]) = (Query(terms, "A", join), Query(terms, "AB", join), Query(terms, "ABC", join));
            field = $"CASE WHEN {Test("fa")} THEN 3 WHEN {Test("fb")} THEN 2 WHEN {Test("fc")} THEN 1 ELSE 0 END";
        }
        var sql = $"""
            SELECT s."Id", {hits} AS "Hits",
                   {field} AS "Field",
                   s."CategoryId", s."BrandId", s."Price", s."Sales", s."CreatedAt"
            FROM "Skus" s
            WHERE {Test("any")} AND s."IsLaunched"
            """;
        return (sql, parameters);
    }

    static string Query(IEnumerable<SearchTerm> terms, string weights, string join) =>
        string.Join(join, terms.Select(t => "(" + string.Join(" | ", t.Alternatives.Select(a =>
            "(" + string.Join(" & ", a.Select(k => k.Text + (k.Prefix ? ":*" + weights : weights.Length > 0 ? ":" + weights : ""))) + ")")) + ")"));
}
