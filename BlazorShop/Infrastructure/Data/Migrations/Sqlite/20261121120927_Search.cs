using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchCaption",
                table: "Skus",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Skus",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // FTS5 over the token columns (external content: the text lives in Skus). The triggers keep it in
            // step with every insert, update and delete, whoever writes. unicode61 keeps our CJK tokens whole.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SkuSearch" USING fts5(
                    "SearchName", "SearchCaption", content='Skus', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Skus_search_ai" AFTER INSERT ON "Skus" BEGIN
                    INSERT INTO "SkuSearch"(rowid, "SearchName", "SearchCaption") VALUES (new."Id", new."SearchName", new."SearchCaption");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Skus_search_ad" AFTER DELETE ON "Skus" BEGIN
                    INSERT INTO "SkuSearch"("SkuSearch", rowid, "SearchName", "SearchCaption") VALUES ('delete', old."Id", old."SearchName", old."SearchCaption");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Skus_search_au" AFTER UPDATE OF "SearchName", "SearchCaption" ON "Skus" BEGIN
                    INSERT INTO "SkuSearch"("SkuSearch", rowid, "SearchName", "SearchCaption") VALUES ('delete', old."Id", old."SearchName", old."SearchCaption");
                    INSERT INTO "SkuSearch"(rowid, "SearchName", "SearchCaption") VALUES (new."Id", new."SearchName", new."SearchCaption");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "SkuSearch"("SkuSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Skus_search_au";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Skus_search_ad";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Skus_search_ai";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SkuSearch";""");

            migrationBuilder.DropColumn(
                name: "SearchCaption",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Skus");
        }
    }
}
