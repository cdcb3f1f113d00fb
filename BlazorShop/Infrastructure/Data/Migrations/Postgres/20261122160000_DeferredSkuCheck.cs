using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorShop.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// Hand-written (EF does not model deferrability): an order line's SKU is checked at COMMIT instead of at INSERT. The
    /// check takes a KEY SHARE lock on the SKU's row; taken at INSERT, every buyer of a hot SKU locks its row before the
    /// stock is taken, and hundreds of sharers of one row turn into multixact and buffer-lock contention on that row's
    /// page. At COMMIT the placing transaction already holds the row (it took the stock), so the check adds no lock. The
    /// guarantee is the same: no line refers to a SKU that doesn't exist; deleting an ordered SKU is still refused at once
    /// (RESTRICT).
    /// </summary>
    [DbContext(typeof(PostgresShopDbContext))]
    [Migration("20261122160000_DeferredSkuCheck")]
    public partial class DeferredSkuCheck : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            """ALTER TABLE "OrderLines" ALTER CONSTRAINT "FK_OrderLines_Skus_SkuId" DEFERRABLE INITIALLY DEFERRED;""");

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            """ALTER TABLE "OrderLines" ALTER CONSTRAINT "FK_OrderLines_Skus_SkuId" NOT DEFERRABLE;""");
    }
}
