using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorShop.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>The one place that knows which database the store runs on (a MySQL provider would be one more case here).</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider GetProvider(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static IServiceCollection AddShopDatabase(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        switch (GetProvider(config))
        {
            case DatabaseProvider.Postgres:
                var pg = config.GetConnectionString("Shop")
                    ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Shop is not set.");
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
        Directory.CreateDirectory(dataDirectory);
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

/// <summary>Hands out the provider's concrete context as the model's base type.</summary>
sealed class ShopDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ShopDbContext>
    where TContext : ShopDbContext
{
    public ShopDbContext CreateDbContext() => inner.CreateDbContext();
}

// Used only by `dotnet ef migrations add` (see scripts/add-migration.sh); never at run time.
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteShopDbContext>
{
    public SqliteShopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteShopDbContext>();
        DatabaseSetup.ConfigureSqlite(o, "Data Source=design-time.db");
        return new SqliteShopDbContext(o.Options);
    }
}

sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresShopDbContext>
{
    public PostgresShopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresShopDbContext>();
        DatabaseSetup.ConfigurePostgres(o, "Host=localhost;Database=design_time");
        return new PostgresShopDbContext(o.Options);
    }
}
