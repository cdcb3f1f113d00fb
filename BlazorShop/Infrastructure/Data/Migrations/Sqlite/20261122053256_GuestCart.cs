using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuestCart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuestCartItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuestId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SkuId = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Selected = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuestCartItems", x => x.Id);
                    table.CheckConstraint("CK_GuestCart_Count", "\"Count\" > 0");
                    table.ForeignKey(
                        name: "FK_GuestCartItems_Skus_SkuId",
                        column: x => x.SkuId,
                        principalTable: "Skus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuestCartItems_GuestId_SkuId",
                table: "GuestCartItems",
                columns: new[] { "GuestId", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuestCartItems_SkuId",
                table: "GuestCartItems",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_GuestCartItems_UpdatedAt",
                table: "GuestCartItems",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuestCartItems");
        }
    }
}
