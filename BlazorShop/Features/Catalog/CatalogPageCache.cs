using BlazorShop.Infrastructure.Caching;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.AspNetCore.OutputCaching;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// The catalog's cached pages: one output-cache policy per page (with the query parameters it reads), a tag per SKU
/// a page shows, and eviction on every instance — of the pages and of the page data in <see cref="SkuDataCache"/> —
/// when the bus says a SKU or the catalog structure changed.
/// </summary>
public sealed class CatalogPageCache(IEventBus bus, IOutputCacheStore store, SkuDataCache data) : IHostedService
{
    public const string Home = "catalog-home";
    public const string List = "catalog-list";
    public const string Product = "catalog-product";
    public const string Search = "catalog-search";
    public const string Reviews = "catalog-reviews";

    private readonly List<IDisposable> _subscriptions = [];

    public static string SkuTag(long skuId) => "sku:" + skuId;

    /// <summary>Tags the page being rendered with the SKUs it shows (no-op when it is not being cached).</summary>
    public static void TagSkus(HttpContext? http, IEnumerable<long> skuIds)
    {
        if (http is null) return;
        foreach (var id in skuIds) PageCache.Tag(http, SkuTag(id));
    }

    public static IServiceCollection AddCatalogPageCache(IServiceCollection services)
    {
        services.AddPublicPagePolicy(Home);
        services.AddPublicPagePolicy(List, "sort", "page", "size");
        services.AddPublicPagePolicy(Product);
        services.AddPublicPagePolicy(Reviews, "score", "page");
        services.AddPublicPagePolicy(Search, "q", "sort", "page", "size", "cat", "brand", "price");
        services.AddSingleton<SkuDataCache>();
        services.AddHostedService<CatalogPageCache>();
        return services;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Data first, then pages: a page rendered in between must not be rendered from the old data and cached again.
        _subscriptions.Add(bus.Subscribe<SkuChanged>(c => { data.Evict(c.SkuId); return store.EvictAsync(SkuTag(c.SkuId)); }));
        _subscriptions.Add(bus.Subscribe<CatalogStructureChanged>(_ => { data.Clear(); return store.EvictAsync(PageCache.AllPages); }));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var s in _subscriptions) s.Dispose();
        return Task.CompletedTask;
    }
}
