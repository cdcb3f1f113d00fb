using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Infrastructure.Seeding;
using BlazorShop.Shared.Live;

namespace BlazorShop.Features.Catalog;

public static class CatalogServices
{
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<ProductQueries>();
        services.AddSingleton<ICatalogPages, CatalogPages>();
        services.AddSingleton<CategoryVisitCounter>();
        services.AddSingleton<SkuEditor>();
        services.AddValidatedOptions<DeliveryOptions>(config, DeliveryOptions.Section);
        services.AddSingleton<DeliveryEstimator>();
        services.AddSingleton<IDataSeedStep, DeliveryAreasSeedStep>();
        services.AddSingleton<RecentSkuChanges>();
        services.AddHostedService(sp => sp.GetRequiredService<RecentSkuChanges>());
        CatalogPageCache.AddCatalogPageCache(services);
        var history = services.AddValidatedOptions<BrowseHistoryOptions>(config, BrowseHistoryOptions.Section);
        services.AddOptions<BrowseHistoryOptions>().Validate(o => o.Provider != BrowseHistoryProvider.Redis || RedisSetup.IsConfigured(config),
            "BrowseHistory:Provider is Redis but ConnectionStrings:Redis is not set");
        if (history.Provider == BrowseHistoryProvider.Redis && RedisSetup.IsConfigured(config)) services.AddSingleton<IBrowseHistory, RedisBrowseHistory>();
        else services.AddSingleton<IBrowseHistory, DatabaseBrowseHistory>();
        return services;
    }
}
