using BlazorShop.Infrastructure.Hosting;

namespace BlazorShop.Infrastructure.Seeding;

/// <summary>Roles and the demo accounts (<see cref="AccountSeeder"/>), before the demo catalog.</summary>
public sealed class AccountSeedStep(IServiceProvider services, IConfiguration config, IHostEnvironment env, ILogger<AccountSeedStep> logger) : IDataSeedStep
{
    public int Order => 100;

    public Task RunAsync(CancellationToken ct) =>
        new AccountSeeder(services, config, logger, DataDirectory.Resolve(config, env)).SeedAsync();
}
