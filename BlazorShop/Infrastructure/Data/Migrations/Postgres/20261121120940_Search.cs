using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Skus",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Skus",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('simple', \"SearchName\"), 'A') || setweight(to_tsvector('simple', \"SearchCaption\"), 'B')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Skus_SearchVector",
                table: "Skus",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Skus_SearchVector",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "SearchCaption",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Skus");
        }
    }
}
