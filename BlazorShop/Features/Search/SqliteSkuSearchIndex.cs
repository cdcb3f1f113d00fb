namespace BlazorShop.Features.Search;

/// <summary>SQLite: the FTS5 table "SkuSearch" over four token columns, kept in step by triggers (SearchFields migration).</summary>
public sealed class SqliteSkuSearchIndex : ISkuSearchIndex
{
    private static string Test(string parameter) => $"s.\"Id\" IN (SELECT rowid FROM \"SkuSearch\" WHERE \"SkuSearch\" MATCH @{parameter})";

    public SearchMatchSql Match(IReadOnlyList<SearchTerm> terms, bool partial = false, bool rank = true)
    {
        var join = partial ? " OR " : " AND ";
        return SearchMatchSql.Build(terms, partial, rank, Test, t => Query(t, join), (_, any) => (
            "{SearchName} : (" + any + ")",
            "{SearchName SearchTags} : (" + any + ")",
            "{SearchName SearchTags SearchSpecs} : (" + any + ")"));
    }

    /// <summary>Quoted FTS5 strings, ("a" AND "b" *) OR ("c") per term; a token cannot contain a quote, so it cannot end one early.</summary>
    private static string Query(IEnumerable<SearchTerm> terms, string join) =>
        string.Join(join, terms.Select(t => "(" + string.Join(" OR ", t.Alternatives.Select(a =>
            "(" + string.Join(" AND ", a.Select(k => k.Prefix ? $"\"{k.Text}\" *" : $"\"{k.Text}\"")) + ")")) + ")"));
}
