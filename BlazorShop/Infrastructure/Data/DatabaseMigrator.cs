using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Data;

/// <summary>Brings the database schema up to date (the provider's migrations) at start-up.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<ShopDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(ct);
    }
}
