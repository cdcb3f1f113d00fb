namespace BlazorShop.Infrastructure.Data.Migrations;

/// <summary>
/// SQL of the SQLite search index since the SearchFields migration: FTS5 over four token columns (name, brand and
/// category, spec values, caption — the weight order of the PostgreSQL vector) with external content, and the
/// triggers that keep it in step with every write. (<see cref="SqliteSearchSql"/> is the earlier two-column form,
/// kept for the migrations that used it.)
/// </summary>
static class SqliteSearchFieldsSql
{
    private const string Columns = "\"SearchName\", \"SearchTags\", \"SearchSpecs\", \"SearchCaption\"";
    private const string New = "new.\"SearchName\", new.\"SearchTags\", new.\"SearchSpecs\", new.\"SearchCaption\"";
    private const string Old = "old.\"SearchName\", old.\"SearchTags\", old.\"SearchSpecs\", old.\"SearchCaption\"";

    public const string CreateTable = $"""
        CREATE VIRTUAL TABLE "SkuSearch" USING fts5(
            {Columns}, content='Skus', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        """;

    public static readonly string[] CreateTriggers =
    [
        $"""
        CREATE TRIGGER IF NOT EXISTS "Skus_search_ai" AFTER INSERT ON "Skus" BEGIN
            INSERT INTO "SkuSearch"(rowid, {Columns}) VALUES (new."Id", {New});
        END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS "Skus_search_ad" AFTER DELETE ON "Skus" BEGIN
            INSERT INTO "SkuSearch"("SkuSearch", rowid, {Columns}) VALUES ('delete', old."Id", {Old});
        END;
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS "Skus_search_au" AFTER UPDATE OF {Columns} ON "Skus" BEGIN
            INSERT INTO "SkuSearch"("SkuSearch", rowid, {Columns}) VALUES ('delete', old."Id", {Old});
            INSERT INTO "SkuSearch"(rowid, {Columns}) VALUES (new."Id", {New});
        END;
        """,
    ];
}
