using BlazorShop.Infrastructure.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorShop.Infrastructure.Data;

/// <summary>The one place that knows which database the store runs on (a MySQL provider would be one more case here).</summary>
public static class DatabaseSetup
{
    /// <summary>The configured provider (<see cref="DatabaseOptions"/>); Sqlite when the value can't be read (the
    /// start-up guard reports a bad value in one line).</summary>
    public static DatabaseProvider GetProvider(IConfiguration config)
    {
        try { return config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite; }
        catch (InvalidOperationException) { return DatabaseProvider.Sqlite; }
    }

    public static IServiceCollection AddShopDatabase(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        services.AddSingleton<IInterceptor, TimestampInterceptor>();
        services.AddValidatedOptions<DatabaseOptions>(config, DatabaseOptions.Section);
        switch (GetProvider(config))
        {
            case DatabaseProvider.Postgres:
                // A missing connection string is reported by the start-up guard (StartupChecks), in one log line.
                var pg = config.GetConnectionString("Shop") is { Length: > 0 } shop ? shop : "Host=connection-string-not-set";
                services.AddDbContextFactory<PostgresShopDbContext>((sp, o) => ConfigurePostgres(WithInterceptors(sp, o), pg));
                services.AddSingleton<IDbContextFactory<ShopDbContext>, ShopDbContextFactory<PostgresShopDbContext>>();
                break;
            default:
                var sqlite = SqliteConnectionString(config, dataDirectory);
                services.AddDbContextFactory<SqliteShopDbContext>((sp, o) => ConfigureSqlite(WithInterceptors(sp, o), sqlite));
                services.AddSingleton<IDbContextFactory<ShopDbContext>, ShopDbContextFactory<SqliteShopDbContext>>();
                break;
        }
        // Identity's stores want a scoped context; it comes from the same factory and is disposed with the scope.
        services.AddScoped<ShopDbContext>(sp => sp.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Features plug into the database here without the infrastructure knowing them: every <see cref="IInterceptor"/>
    /// registered in the container (save-time indexing, command counting in tests, ...) is added to each context.
    /// </summary>
    private static DbContextOptionsBuilder WithInterceptors(IServiceProvider services, DbContextOptionsBuilder o)
    {
        var interceptors = services.GetServices<IInterceptor>().ToArray();
        return interceptors.Length > 0 ? o.AddInterceptors(interceptors) : o;
    }

    public static string SqliteConnectionString(IConfiguration config, string dataDirectory)
    {
        var configured = config.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        // The directory is created (0700) by the start-up guard, not here: registration must not touch the disk.
        return $"Data Source={Path.Combine(dataDirectory, "blazorshop.db")};Cache=Shared;Pooling=True";
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString) =>
        o.UseSqlite(connectionString, s => s.CommandTimeout(30))
            // Adding a foreign key to an existing SQLite table means rebuilding it, which EF does outside the
            // migration's transaction and after its SQL steps; our migrations are written for that (see
            // RestoreSearchTriggers), so these two warnings would only alarm an operator at every fresh start.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning,
                Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.TableRebuildPendingWarning));

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString) =>
        o.UseNpgsql(connectionString, n => n.EnableRetryOnFailure(3));
}
