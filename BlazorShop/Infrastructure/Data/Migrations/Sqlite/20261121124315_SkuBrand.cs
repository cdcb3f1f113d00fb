using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SkuBrand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BrandId",
                table: "Skus",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing SKUs take their SPU's brand before the foreign key holds them to it.
            migrationBuilder.Sql("""UPDATE "Skus" SET "BrandId" = (SELECT "BrandId" FROM "Spus" WHERE "Spus"."Id" = "Skus"."SpuId");""");

            migrationBuilder.CreateIndex(
                name: "IX_Skus_BrandId_IsLaunched",
                table: "Skus",
                columns: new[] { "BrandId", "IsLaunched" });

            migrationBuilder.AddForeignKey(
                name: "FK_Skus_Brands_BrandId",
                table: "Skus",
                column: "BrandId",
                principalTable: "Brands",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
            // Adding the foreign key rebuilds Skus (after everything else in this migration), which drops the
            // search triggers: the next migration, RestoreSearchTriggers, puts them back.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Skus_Brands_BrandId",
                table: "Skus");

            migrationBuilder.DropIndex(
                name: "IX_Skus_BrandId_IsLaunched",
                table: "Skus");

            migrationBuilder.DropColumn(
                name: "BrandId",
                table: "Skus");
        }
    }
}
