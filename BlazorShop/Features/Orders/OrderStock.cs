using BlazorShop.Infrastructure.Data;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Orders;

/// <summary>Gives a cancelled order's stock back (and takes its sales off), atomically per SKU.</summary>
public static class OrderStock
{
    /// <summary>
    /// Run inside the transaction that moved the order to cancelled (so it happens exactly once: only the caller
    /// whose <see cref="OrderStatusMachine.MoveAsync"/> returned true gets here). Returns the SKUs' new state; publish
    /// them as <see cref="SkuChanged"/> after the commit.
    /// </summary>
    public static async Task<IReadOnlyList<SkuChanged>> ReturnAsync(ShopDbContext db, string orderId, CancellationToken ct = default)
    {
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == orderId)
            .Select(l => new { l.SkuId, l.Count, l.Sku!.SpuId }).ToListAsync(ct);
        foreach (var line in lines.OrderBy(l => l.SkuId)) // a fixed order: no deadlock between two cancellations
        {
            await db.Skus.Where(s => s.Id == line.SkuId).ExecuteUpdateAsync(s => s
                .SetProperty(k => k.Stock, k => k.Stock + line.Count)
                .SetProperty(k => k.Sales, k => k.Sales >= line.Count ? k.Sales - line.Count : 0)
                .SetProperty(k => k.RowVersion, k => k.RowVersion + 1), ct);
            await db.Spus.Where(s => s.Id == line.SpuId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Sales, p => p.Sales >= line.Count ? p.Sales - line.Count : 0), ct);
        }
        return await ChangesAsync(db, lines.Select(l => l.SkuId).ToList(), ct);
    }

    /// <summary>The SKUs' current state, as the events that tell pages about it.</summary>
    public static async Task<IReadOnlyList<SkuChanged>> ChangesAsync(ShopDbContext db, IReadOnlyCollection<long> skuIds, CancellationToken ct = default)
    {
        if (skuIds.Count == 0) return [];
        var ids = skuIds.Distinct().ToList();
        return await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new SkuChanged(s.Id, s.Price, s.Stock, s.IsLaunched)).ToListAsync(ct);
    }
}
