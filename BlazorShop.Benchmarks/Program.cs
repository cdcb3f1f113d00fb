// Page benchmark: dotnet run -c Release --project BlazorShop.Benchmarks -- pages   (see PageBenchmark.cs)
// Search benchmark on PostgreSQL: generates N SKUs and times the real SearchService (results + count + facets).
//   dotnet run -c Release --project BlazorShop.Benchmarks -- "Host=127.0.0.1;Port=55432;Username=postgres" [skus=100000] [rounds=30] [engines=before,database,memory]
// It creates a scratch database, checks the engines give the same results, prints p50/p95 per query, per kind of query
// and overall for each engine side by side (SearchBenchmark.cs), then drops the database (BENCH_KEEP_DB=1 keeps it).
using System.Diagnostics;
using BlazorShop.Benchmarks;
using BlazorShop.Features.Catalog;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// `-- pages [...]`: the storefront page benchmark (requests/s, memory per circuit, SQL per visit, event fan-out).
if (args.FirstOrDefault() == "pages") { await PageBenchmark.RunAsync(args[1..]); return; }
// `-- checkout [...]`: 200 concurrent buyers on one hot SKU: our checkout, the raw conditional UPDATE, the originals.
if (args.FirstOrDefault() == "checkout") { await CheckoutBenchmark.RunAsync(args[1..]); return; }

var server = args.ElementAtOrDefault(0) ?? Environment.GetEnvironmentVariable("BLAZORSHOP_TEST_POSTGRES")
    ?? throw new ArgumentException("pass a PostgreSQL connection string (or set BLAZORSHOP_TEST_POSTGRES)");
var skuCount = int.Parse(args.ElementAtOrDefault(1) ?? "100000");
var rounds = int.Parse(args.ElementAtOrDefault(2) ?? "30");
var engines = (args.ElementAtOrDefault(3) ?? "before,database,memory").Split(',');
var dbName = "bs_bench_" + Guid.NewGuid().ToString("N")[..8];
var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = dbName }.ConnectionString;
await Exec(admin, $"CREATE DATABASE \"{dbName}\" ENCODING 'UTF8' TEMPLATE template0");
try
{
    var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres", ["ConnectionStrings:Shop"] = connectionString,
    }).Build();
    var services = new ServiceCollection().AddLogging().AddMemoryCache().AddSingleton<IConfiguration>(config)
        .AddSingleton(TimeProvider.System).AddLocalization(o => o.ResourcesPath = "Resources");
    services.AddShopDatabase(config, Path.GetTempPath());
    services.AddSingleton<IEventBus, InProcessEventBus>().AddSingleton<CatalogCache>().AddSearch(config);
    await using var provider = services.BuildServiceProvider();
    var contexts = provider.GetRequiredService<IDbContextFactory<ShopDbContext>>();
    await using (var db = contexts.CreateDbContext()) await db.Database.MigrateAsync();

    var fill = Stopwatch.StartNew();
    await using (var db = contexts.CreateDbContext()) await SkuGenerator.FillAsync(db, connectionString, skuCount);
    Console.WriteLine($"Generated {skuCount:N0} SKUs in {fill.Elapsed.TotalSeconds:0.0} s (COPY + generated tsvector + GIN index + VACUUM ANALYZE)");

    await SearchBenchmark.RunAsync(provider, connectionString, rounds, engines);
}
finally
{
    NpgsqlConnection.ClearAllPools();
    if (Environment.GetEnvironmentVariable("BENCH_KEEP_DB") == "1") Console.WriteLine($"kept database {dbName}");
    else await Exec(admin, $"DROP DATABASE IF EXISTS \"{dbName}\" WITH (FORCE)");
}

static async Task Exec(string connectionString, string sql)
{
    await using var c = new NpgsqlConnection(connectionString);
    await c.OpenAsync();
    await using var cmd = new NpgsqlCommand(sql, c);
    await cmd.ExecuteNonQueryAsync();
}
