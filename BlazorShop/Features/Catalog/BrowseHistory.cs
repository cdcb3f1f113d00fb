using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace BlazorShop.Features.Catalog;

/// <summary>The last <see cref="Size"/> SKUs a signed-in shopper viewed, newest first, without duplicates.</summary>
public interface IBrowseHistory
{
    public const int Size = 5;
    Task RecordAsync(long userId, long skuId, CancellationToken ct = default);
    Task<IReadOnlyList<long>> GetAsync(long userId, CancellationToken ct = default);
}

/// <summary>Redis list per user, as the originals did: LREM the SKU, LPUSH it, LTRIM to five — in one MULTI.</summary>
public sealed class RedisBrowseHistory(IConnectionMultiplexer redis) : IBrowseHistory
{
    private static RedisKey Key(long userId) => $"history:{userId}";

    public async Task RecordAsync(long userId, long skuId, CancellationToken ct = default)
    {
        var tx = redis.GetDatabase().CreateTransaction();
        _ = tx.ListRemoveAsync(Key(userId), skuId);
        _ = tx.ListLeftPushAsync(Key(userId), skuId);
        _ = tx.ListTrimAsync(Key(userId), 0, IBrowseHistory.Size - 1);
        await tx.ExecuteAsync();
    }

    public async Task<IReadOnlyList<long>> GetAsync(long userId, CancellationToken ct = default)
    {
        var values = await redis.GetDatabase().ListRangeAsync(Key(userId), 0, IBrowseHistory.Size - 1);
        return values.Select(v => (long)v).ToList();
    }
}

/// <summary>The embedded default: one row per (user, SKU) with the time of the last view; older rows are pruned.</summary>
public sealed class DatabaseBrowseHistory(IDbContextFactory<ShopDbContext> contexts) : IBrowseHistory
{
    public async Task RecordAsync(long userId, long skuId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var now = DateTime.UtcNow;
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
