using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Infrastructure.Seeding;

/// <summary>Start-up data work: migrations first, then every registered <see cref="IDataSeedStep"/> in order.</summary>
public sealed class ShopDataInitializer(DatabaseMigrator migrator, IEnumerable<IDataSeedStep> steps)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await migrator.MigrateAsync(ct);
        foreach (var step in steps.OrderBy(s => s.Order)) await step.RunAsync(ct);
    }
}
