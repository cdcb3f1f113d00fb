using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CheckoutToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckoutToken",
                table: "Orders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_UserId_CheckoutToken",
                table: "Orders",
                columns: new[] { "UserId", "CheckoutToken" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_UserId_CheckoutToken",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CheckoutToken",
                table: "Orders");
        }
    }
}
