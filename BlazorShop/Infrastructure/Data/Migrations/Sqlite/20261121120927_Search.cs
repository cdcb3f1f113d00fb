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

            migrationBuilder.Sql(SqliteSearchSql.CreateTable);
            foreach (var trigger in SqliteSearchSql.CreateTriggers) migrationBuilder.Sql(trigger);
            migrationBuilder.Sql(SqliteSearchSql.Rebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SqliteSearchSql.Drop) migrationBuilder.Sql(sql);
            migrationBuilder.DropColumn(
                name: "SearchCaption",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Skus");
        }
    }
}
