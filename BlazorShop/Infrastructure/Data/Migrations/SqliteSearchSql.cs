namespace BlazorShop.Infrastructure.Data.Migrations;

/// <summary>
/// SQL of the SQLite search index: FTS5 over the token columns with external content (the text lives in Skus),
/// and triggers that keep it in step with every insert, update and delete, whoever writes. Shared by the
/// migrations that create it and those that rebuild the Skus table (a rebuild drops the table's triggers).
/// </summary>
static class SqliteSearchSql
{
    public const string CreateTable = """
        CREATE VIRTUAL TABLE "SkuSearch" USING fts5(
            "SearchName", "SearchCaption", content='Skus', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        """;

    public static readonly string[] CreateTriggers =
    [
        """
        CREATE TRIGGER IF NOT EXISTS "Skus_search_ai" AFTER INSERT ON "Skus" BEGIN
            INSERT INTO "SkuSearch"(rowid, "SearchName", "SearchCaption") VALUES (new."Id", new."SearchName", new."SearchCaption");
        END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "Skus_search_ad" AFTER DELETE ON "Skus" BEGIN
            INSERT INTO "SkuSearch"("SkuSearch", rowid, "SearchName", "SearchCaption") VALUES ('delete', old."Id", old."SearchName", old."SearchCaption");
        END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "Skus_search_au" AFTER UPDATE OF "SearchName", "SearchCaption" ON "Skus" BEGIN
            INSERT INTO "SkuSearch"("SkuSearch", rowid, "SearchName", "SearchCaption") VALUES ('delete', old."Id", old."SearchName", old."SearchCaption");
            INSERT INTO "SkuSearch"(rowid, "SearchName", "SearchCaption") VALUES (new."Id", new."SearchName", new."SearchCaption");
        END;
        """,
    ];

    public const string Rebuild = """INSERT INTO "SkuSearch"("SkuSearch") VALUES ('rebuild');""";

    public static readonly string[] Drop =
    [
        """DROP TRIGGER IF EXISTS "Skus_search_au";""",
        """DROP TRIGGER IF EXISTS "Skus_search_ad";""",
        """DROP TRIGGER IF EXISTS "Skus_search_ai";""",
        """DROP TABLE IF EXISTS "SkuSearch";""",
    ];
}
