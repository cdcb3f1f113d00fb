using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BlazorShop.Infrastructure.Data;

/// <summary>The embedded default: a SQLite file under the data directory.</summary>
public sealed class SqliteShopDbContext(DbContextOptions<SqliteShopDbContext> options) : ShopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal type and EF cannot ORDER BY or SUM a decimal stored as TEXT; money is
        // stored as REAL and rounded back to 2 places on read (yuan amounts are far inside double's precision).
        configurationBuilder.Properties<decimal>().HaveConversion<MoneyToDoubleConverter>();
        // SQLite keeps DateTime as text without a kind: everything stored is UTC, so say so on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class MoneyToDoubleConverter() : ValueConverter<decimal, double>(
        v => (double)v, v => Math.Round((decimal)v, 2));

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
