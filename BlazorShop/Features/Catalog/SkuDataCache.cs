using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// Page data (product details, hot sellers, reviews) kept in memory for a short while, so a page rendered for a
/// signed-in shopper — or after its cached copy was evicted — does not run the same queries again. An entry names
/// the SKUs it shows; <see cref="Evict"/> (called for every <c>SkuChanged</c>, on every instance) drops each entry
/// that shows that SKU, and a load that overlapped a change is not kept, so a price is never older than the event.
/// </summary>
public sealed class SkuDataCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<long, CancellationTokenSource> _bySku = new();
    private CancellationTokenSource _all = new();
    private long _version;

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load, Func<T, IEnumerable<long>> shownSkus)
    {
        if (cache.TryGetValue(key, out T? cached)) return cached!;
        var version = Interlocked.Read(ref _version);
        var value = await load();
        // Not kept: a load that overlapped a change (it may hold the old values), and "not found" (ids are unbounded).
        if (value is null || Interlocked.Read(ref _version) != version) return value;

        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(new CancellationChangeToken(Volatile.Read(ref _all).Token));
        foreach (var sku in shownSkus(value).Distinct())
                entry.AddExpirationToken(new CancellationChangeToken(_bySku.GetOrAdd(sku, _ => new CancellationTokenSource()).Token));
        return value;
    }

    /// <summary>Drops every entry that shows the SKU.</summary>
    public void Evict(long skuId)
    {
        Interlocked.Increment(ref _version);
        if (_bySku.TryRemove(skuId, out var source)) { source.Cancel(); source.Dispose(); }
    }

    /// <summary>Drops everything (the catalog's structure changed: names, categories, brands).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _version);
        var old = Interlocked.Exchange(ref _all, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }
}
