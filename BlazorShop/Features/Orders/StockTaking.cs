using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Orders;

/// <summary>
/// The hot step of placing an order: take <c>n</c> of a SKU if it has them, and count the sale on the SKU and its
/// product. A hot SKU's row lock is held from this statement until the commit, so on PostgreSQL it is one statement
/// (a data-modifying CTE) and one round trip; SQLite writes one at a time anyway and gets the two plain updates.
/// </summary>
public static class StockTaking
{
    /// <summary>True when the SKU was on sale with at least <paramref name="count"/> in stock and they were taken.</summary>
    public static async Task<bool> TakeAsync(ShopDbContext db, long skuId, long spuId, int count, CancellationToken ct)
    {
        if (db is PostgresShopDbContext)
        {
            // Rows affected is the product's update, which happens only when the SKU's did.
            var taken = await db.Database.ExecuteSqlInterpolatedAsync($"""
                WITH sku AS (
                    UPDATE "Skus" SET "Stock" = "Stock" - {count}, "Sales" = "Sales" + {count}, "RowVersion" = "RowVersion" + 1
                    WHERE "Id" = {skuId} AND "IsLaunched" AND "Stock" >= {count}
                    RETURNING "SpuId")
                UPDATE "Spus" SET "Sales" = "Sales" + {count} WHERE "Id" IN (SELECT "SpuId" FROM sku)
                """, ct);
            return taken == 1;
        }
        var rows = await db.Skus.Where(s => s.Id == skuId && s.IsLaunched && s.Stock >= count)
            .ExecuteUpdateAsync(s => s
                .SetProperty(k => k.Stock, k => k.Stock - count)
                .SetProperty(k => k.Sales, k => k.Sales + count)
                .SetProperty(k => k.RowVersion, k => k.RowVersion + 1), ct);
        if (rows != 1) return false;
        await db.Spus.Where(p => p.Id == spuId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sales, p => p.Sales + count), ct);
        return true;
    }
}
