using StackExchange.Redis;

namespace BlazorShop.Features.Catalog;

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
