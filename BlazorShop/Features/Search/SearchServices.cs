using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Search;

public static class SearchServices
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration config)
    {
        if (DatabaseSetup.GetProvider(config) == DatabaseProvider.Postgres) services.AddSingleton<ISkuSearchIndex, PostgresSkuSearchIndex>();
        else services.AddSingleton<ISkuSearchIndex, SqliteSkuSearchIndex>();
        services.AddValidatedOptions<SearchOptions>(config, SearchOptions.Section);
        services.AddSingleton(sp => SearchSynonyms.Load(sp.GetRequiredService<IOptions<SearchOptions>>().Value.SynonymsPath));
        services.AddSingleton<IInterceptor, SearchIndexInterceptor>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<ISearchService>(sp => sp.GetRequiredService<SearchService>());
        services.AddSingleton<IDataSeedStep, SearchIndexSeedStep>();
        services.AddHostedService<SearchWarmup>();
        return services;
    }
}
