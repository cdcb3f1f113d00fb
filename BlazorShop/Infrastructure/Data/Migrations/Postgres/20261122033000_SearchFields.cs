using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// Hand-written: brand/category (weight B) and spec-value (C) token columns; the caption moves to D. A generated
    /// column's expression cannot be altered on PostgreSQL 15, so the vector and its GIN index are made again.
    /// Existing SKUs get their new tokens from SearchIndexBackfill at start-up (their SearchTags is empty).
    /// </summary>
    [DbContext(typeof(PostgresShopDbContext))]
    [Migration("20261122033000_SearchFields")]
    public partial class SearchFields : Migration
    {
        private const string Vector = "setweight(to_tsvector('simple', \"SearchName\"), 'A') || setweight(to_tsvector('simple', \"SearchTags\"), 'B') || setweight(to_tsvector('simple', \"SearchSpecs\"), 'C') || setweight(to_tsvector('simple', \"SearchCaption\"), 'D')";
        private const string OldVector = "setweight(to_tsvector('simple', \"SearchName\"), 'A') || setweight(to_tsvector('simple', \"SearchCaption\"), 'B')";

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Skus_SearchVector", table: "Skus");
            migrationBuilder.DropColumn(name: "SearchVector", table: "Skus");
            migrationBuilder.AddColumn<string>(name: "SearchSpecs", table: "Skus", type: "text", nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(name: "SearchTags", table: "Skus", type: "text", nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<NpgsqlTsVector>(name: "SearchVector", table: "Skus", type: "tsvector", nullable: true,
                computedColumnSql: Vector, stored: true);
            migrationBuilder.CreateIndex(name: "IX_Skus_SearchVector", table: "Skus", column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Skus_SearchVector", table: "Skus");
            migrationBuilder.DropColumn(name: "SearchVector", table: "Skus");
            migrationBuilder.DropColumn(name: "SearchSpecs", table: "Skus");
            migrationBuilder.DropColumn(name: "SearchTags", table: "Skus");
            migrationBuilder.AddColumn<NpgsqlTsVector>(name: "SearchVector", table: "Skus", type: "tsvector", nullable: true,
                computedColumnSql: OldVector, stored: true);
            migrationBuilder.CreateIndex(name: "IX_Skus_SearchVector", table: "Skus", column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
