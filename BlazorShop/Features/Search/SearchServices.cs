using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Features.Search;

public static class SearchServices
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration config)
    {
        if (DatabaseSetup.GetProvider(config) == DatabaseProvider.Postgres) services.AddSingleton<ISkuSearchIndex, PostgresSkuSearchIndex>();
        else services.AddSingleton<ISkuSearchIndex, SqliteSkuSearchIndex>();
        services.AddSingleton<SearchService>();
        return services;
    }
}
