using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AfterSaleEn",
                table: "Spus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "Spus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Spus",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PackingEn",
                table: "Spus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Specifications",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueEn",
                table: "SpecificationOptions",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaptionEn",
                table: "Skus",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Skus",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "ChannelGroups",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Categories",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Brands",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AfterSaleEn",
                table: "Spus");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "Spus");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Spus");

            migrationBuilder.DropColumn(
                name: "PackingEn",
                table: "Spus");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Specifications");

            migrationBuilder.DropColumn(
                name: "ValueEn",
                table: "SpecificationOptions");

            migrationBuilder.DropColumn(
                name: "CaptionEn",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "ChannelGroups");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Brands");
        }
    }
}
