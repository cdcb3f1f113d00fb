using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;

namespace BlazorShop.Features.Catalog;

public static class CatalogServices
{
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<ProductQueries>();
        services.AddSingleton<CategoryVisitCounter>();
        services.AddSingleton<SkuEditor>();
        services.AddSingleton<RecentSkuChanges>();
        services.AddHostedService(sp => sp.GetRequiredService<RecentSkuChanges>());
        CatalogPageCache.AddCatalogPageCache(services);
        if (RedisSetup.IsConfigured(config)) services.AddSingleton<IBrowseHistory, RedisBrowseHistory>();
        else services.AddSingleton<IBrowseHistory, DatabaseBrowseHistory>();
        return services;
    }
}
