using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Catalog;

/// <summary>The embedded default: one row per (user, SKU) with the time of the last view; older rows are pruned.</summary>
public sealed class DatabaseBrowseHistory(IDbContextFactory<ShopDbContext> contexts, TimeProvider clock) : IBrowseHistory
{
    public async Task RecordAsync(long userId, long skuId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var touched = await db.BrowseHistory.Where(h => h.UserId == userId && h.SkuId == skuId)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.ViewedAt, now), ct);
        if (touched == 0)
        {
            db.BrowseHistory.Add(new BrowseHistoryEntry { UserId = userId, SkuId = skuId, ViewedAt = now });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); } // the same view recorded twice at once
        }
        var keep = await db.BrowseHistory.Where(h => h.UserId == userId).OrderByDescending(h => h.ViewedAt).ThenByDescending(h => h.Id)
            .Take(IBrowseHistory.Size).Select(h => h.Id).ToListAsync(ct);
        await db.BrowseHistory.Where(h => h.UserId == userId && !keep.Contains(h.Id)).ExecuteDeleteAsync(ct);
    }

    public async Task<IReadOnlyList<long>> GetAsync(long userId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.BrowseHistory.AsNoTracking().Where(h => h.UserId == userId)
            .OrderByDescending(h => h.ViewedAt).ThenByDescending(h => h.Id).Take(IBrowseHistory.Size).Select(h => h.SkuId).ToListAsync(ct);
    }
}
