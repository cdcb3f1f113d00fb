using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuestId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SkuId = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Selected = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
