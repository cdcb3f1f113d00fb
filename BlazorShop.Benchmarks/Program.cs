// Page benchmark: dotnet run -c Release --project BlazorShop.Benchmarks -- pages   (see PageBenchmark.cs)
// Search benchmark on PostgreSQL: generates N SKUs and times the real SearchService (results + count + facets).
//   dotnet run -c Release --project BlazorShop.Benchmarks -- "Host=127.0.0.1;Port=55432;Username=postgres" [skus=100000] [rounds=30]
// It creates a scratch database, prints p50/p95/max per query and overall, then drops the database.
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

var server = args.ElementAtOrDefault(0) ?? Environment.GetEnvironmentVariable("BLAZORSHOP_TEST_POSTGRES")
    ?? throw new ArgumentException("pass a PostgreSQL connection string (or set BLAZORSHOP_TEST_POSTGRES)");
var skuCount = int.Parse(args.ElementAtOrDefault(1) ?? "100000");
var rounds = int.Parse(args.ElementAtOrDefault(2) ?? "30");
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
    var services = new ServiceCollection().AddLogging().AddMemoryCache().AddSingleton<IConfiguration>(config);
    services.AddShopDatabase(config, Path.GetTempPath());
    services.AddSingleton<IEventBus, InProcessEventBus>().AddSingleton<CatalogCache>().AddSearch(config);
    await using var provider = services.BuildServiceProvider();
    var contexts = provider.GetRequiredService<IDbContextFactory<ShopDbContext>>();
    await using (var db = contexts.CreateDbContext()) await db.Database.MigrateAsync();

    var fill = Stopwatch.StartNew();
    await using (var db = contexts.CreateDbContext()) await SkuGenerator.FillAsync(db, connectionString, skuCount);
    Console.WriteLine($"Generated {skuCount:N0} SKUs in {fill.Elapsed.TotalSeconds:0.0} s (COPY + generated tsvector + GIN index + VACUUM ANALYZE)");

    var search = provider.GetRequiredService<SearchService>();
    string[] queries = ["冰箱", "海尔 冰箱", "4K", "55英寸 电视", "5G手机 黑色", "笔记本", "无线耳机 降噪", "电水壶 304不锈钢", "iphone", "不存在的商品"];
    var sortsAndPages = new[] { new SearchRequest(""), new SearchRequest("", Sort: "price", Page: 3), new SearchRequest("", Sort: "sales", Price: "1000-3000") };

    foreach (var q in queries) await search.SearchAsync(new SearchRequest(q)); // warm-up
    var all = new List<double>();
    Console.WriteLine($"\n{"query",-22} {"matches",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
    foreach (var q in queries)
    {
        var times = new List<double>();
        var total = 0;
        for (var r = 0; r < rounds; r++)
            foreach (var variant in sortsAndPages)
            {
                var sw = Stopwatch.StartNew();
                total = (await search.SearchAsync(variant with { Query = q })).Total;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        all.AddRange(times);
        Console.WriteLine($"{q,-22} {total,9:N0} {P(times, 50),8:0.0} {P(times, 95),8:0.0} {times.Max(),8:0.0}");
    }
    Console.WriteLine($"\nALL {all.Count} searches (results page + total + category/brand/price facets): p50 {P(all, 50):0.0} ms, p95 {P(all, 95):0.0} ms, max {all.Max():0.0} ms");

    var match = provider.GetRequiredService<ISkuSearchIndex>().Match(SearchTokenizer.ForQuery("海尔 冰箱"));
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + match.Sql, connection);
        explain.Parameters.AddWithValue("any", match.Any);
        explain.Parameters.AddWithValue("name", match.Name);
        Console.WriteLine("\nPlan of the match for \"海尔 冰箱\":");
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Console.WriteLine("  " + reader.GetString(0));
    }
}
finally
{
    NpgsqlConnection.ClearAllPools();
    if (Environment.GetEnvironmentVariable("BENCH_KEEP_DB") == "1") Console.WriteLine($"kept database {dbName}");
    else await Exec(admin, $"DROP DATABASE IF EXISTS \"{dbName}\" WITH (FORCE)");
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static async Task Exec(string connectionString, string sql)
{
    await using var c = new NpgsqlConnection(connectionString);
    await c.OpenAsync();
    await using var cmd = new NpgsqlCommand(sql, c);
    await cmd.ExecuteNonQueryAsync();
}
