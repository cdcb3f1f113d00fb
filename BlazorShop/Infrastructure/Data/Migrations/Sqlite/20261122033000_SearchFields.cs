using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: brand/category and spec-value token columns, and the FTS5 table rebuilt over four columns.
    /// Existing SKUs get their new tokens from SearchIndexBackfill at start-up (their SearchTags is empty).
    /// </summary>
    [DbContext(typeof(SqliteShopDbContext))]
    [Migration("20261122033000_SearchFields")]
    public partial class SearchFields : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SqliteSearchSql.Drop) migrationBuilder.Sql(sql);
            migrationBuilder.AddColumn<string>(name: "SearchSpecs", table: "Skus", type: "TEXT", nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(name: "SearchTags", table: "Skus", type: "TEXT", nullable: false, defaultValue: "");
            migrationBuilder.Sql(SqliteSearchFieldsSql.CreateTable);
            foreach (var trigger in SqliteSearchFieldsSql.CreateTriggers) migrationBuilder.Sql(trigger);
            migrationBuilder.Sql(SqliteSearchSql.Rebuild);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SqliteSearchSql.Drop) migrationBuilder.Sql(sql);
            migrationBuilder.DropColumn(name: "SearchSpecs", table: "Skus");
            migrationBuilder.DropColumn(name: "SearchTags", table: "Skus");
            migrationBuilder.Sql(SqliteSearchSql.CreateTable);
            foreach (var trigger in SqliteSearchSql.CreateTriggers) migrationBuilder.Sql(trigger);
            migrationBuilder.Sql(SqliteSearchSql.Rebuild);
        }
    }
}
