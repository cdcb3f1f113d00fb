using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Infrastructure.Seeding;

public static class SeedingServices
{
    /// <summary>Migrations, roles and demo accounts, and the demo catalog (Seed:DemoData, default on).</summary>
    public static IServiceCollection AddShopSeeding(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<SeedOptions>(config, SeedOptions.Section);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ShopDataInitializer>();
        services.AddSingleton<IDataSeedStep, AccountSeedStep>();
        services.AddSingleton<IDataSeedStep, DemoDataSeeder>();
        return services;
    }
}
