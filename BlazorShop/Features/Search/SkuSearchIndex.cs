namespace BlazorShop.Features.Search;

/// <summary>
/// The provider-specific half of search: SQL that selects the launched SKUs matching every token, as rows of
/// ("Id", "NameHit", "CategoryId", "BrandId", "Price", "Sales", "CreatedAt"), with two text parameters: @any (the
/// match) and @name (the same match restricted to the name). Everything else is shared (<see cref="SearchService"/>).
/// Tokens hold letters and digits only (SearchTokenizer), so nothing the shopper typed can carry query syntax.
/// </summary>
public interface ISkuSearchIndex
{
    SearchMatchSql Match(IReadOnlyList<SearchTerm> terms);
}

public sealed record SearchMatchSql(string Sql, string Any, string Name);

/// <summary>PostgreSQL: the GIN-indexed generated tsvector (name tokens weight A, caption tokens B).</summary>
public sealed class PostgresSkuSearchIndex : ISkuSearchIndex
{
    private const string Sql = """
        SELECT s."Id", CASE WHEN s."SearchVector" @@ to_tsquery('simple', @name) THEN 1 ELSE 0 END AS "NameHit",
               s."CategoryId", s."BrandId", s."Price", s."Sales", s."CreatedAt"
        FROM "Skus" s
        WHERE s."SearchVector" @@ to_tsquery('simple', @any) AND s."IsLaunched"
        """;

    public SearchMatchSql Match(IReadOnlyList<SearchTerm> terms)
    {
        var tokens = terms.SelectMany(t => t.Tokens).DistinctBy(t => t.Text).ToList();
        return new SearchMatchSql(Sql,
            string.Join(" & ", tokens.Select(t => t.Prefix ? t.Text + ":*" : t.Text)),
            string.Join(" & ", tokens.Select(t => t.Prefix ? t.Text + ":*A" : t.Text + ":A")));
    }
}

/// <summary>SQLite: the FTS5 table "SkuSearch" kept in step by triggers (see the Search migration).</summary>
public sealed class SqliteSkuSearchIndex : ISkuSearchIndex
{
    private const string Sql = """
        SELECT s."Id", CASE WHEN s."Id" IN (SELECT rowid FROM "SkuSearch" WHERE "SkuSearch" MATCH @name) THEN 1 ELSE 0 END AS "NameHit",
               s."CategoryId", s."BrandId", s."Price", s."Sales", s."CreatedAt"
        FROM "Skus" s
        WHERE s."Id" IN (SELECT rowid FROM "SkuSearch" WHERE "SkuSearch" MATCH @any) AND s."IsLaunched"
        """;

    public SearchMatchSql Match(IReadOnlyList<SearchTerm> terms)
    {
        var tokens = terms.SelectMany(t => t.Tokens).DistinctBy(t => t.Text).ToList();
        // Quoted FTS5 strings; a token cannot contain a quote, so it cannot end one early.
        var any = string.Join(" AND ", tokens.Select(t => t.Prefix ? $"\"{t.Text}\" *" : $"\"{t.Text}\""));
        return new SearchMatchSql(Sql, any, "\"SearchName\" : (" + any + ")");
    }
}
