using System.Diagnostics;
using BlazorShop.Benchmarks.Baseline;
using BlazorShop.Features.Catalog;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BlazorShop.Benchmarks;

/// <summary>
/// Times the real SearchService (the whole results page: cards, total, category/brand/price facets) on queries of
/// every kind the search understands, each in three variants (relevance page 1; price sort page 3; sales sort with a
/// price filter), and prints p50/p95 per query and per kind — for three engines side by side, interleaved search by
/// search so they share the machine's load: "before" (the search as it was, frozen in Baseline/), "database" (today's
/// service on the database engine) and "memory" (today's default, the in-memory index). Nothing caches results: every
/// search is matched, counted, sorted and its cards read from PostgreSQL. Before timing, every engine's answer to
/// every search is compared (total, partial flag, page, facets).
/// </summary>
static class SearchBenchmark
{
    static readonly (string Kind, string[] Queries)[] Queries =
    [
        ("word", ["冰箱", "4K", "笔记本", "iphone"]),
        ("several words", ["海尔 冰箱", "55英寸 电视", "5G手机 黑色", "无线耳机 降噪", "电水壶 304不锈钢"]),
        ("compound", ["华为手机", "海尔冰箱", "小米手机", "美的空调"]),
        ("alias/synonym", ["苹果", "苹果手机", "跑鞋", "电视"]),
        ("pinyin", ["bingxiang", "bx", "shouji", "huawei"]),
        ("mixed latin/digit", ["mate60", "55英寸", "Y9000"]),
        ("partial", ["华为 冰淇淋机", "海尔 吸尘器 黑色"]),
        ("nothing", ["不存在的商品"]),
    ];

    static readonly SearchRequest[] Variants =
        [new(""), new("", Sort: "price", Page: 3), new("", Sort: "sales", Price: "1000-3000")];

    public static async Task RunAsync(IServiceProvider provider, string connectionString, int rounds, string[] engineNames)
    {
        var contexts = provider.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        var cache = provider.GetRequiredService<CatalogCache>();
        var synonyms = provider.GetRequiredService<SearchSynonyms>();
        var changes = provider.GetRequiredService<SkuSearchChanges>();
        var memoryIndex = provider.GetRequiredService<MemorySkuIndex>();
        var text = provider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var snapshot = await memoryIndex.CurrentAsync();
        Console.WriteLine($"In-memory index: {snapshot.Count:N0} launched SKUs built in {build.ElapsedMilliseconds:N0} ms, " +
            $"~{(GC.GetTotalMemory(forceFullCollection: true) - memoryBefore) / 1024.0 / 1024.0:0} MB");

        var baseline = new BaselineSearchService(text, contexts, cache, synonyms);
        var database = new SearchService(contexts, provider.GetRequiredService<DatabaseSkuMatcher>(), cache, synonyms, changes, text);
        var memory = new SearchService(contexts, memoryIndex, cache, synonyms, changes, text);
        var all = new (string Name, Func<SearchRequest, Task<SearchResult>> Search)[]
        {
            ("before", r => baseline.SearchAsync(r)), ("database", r => database.SearchAsync(r)), ("memory", r => memory.SearchAsync(r)),
        };
        var engines = all.Where(e => engineNames.Contains(e.Name)).ToArray();
        var requests = Queries.SelectMany(k => k.Queries.SelectMany(q => Variants.Select(v => (k.Kind, Query: q, Request: v with { Query = q })))).ToList();

        // Same answers, or the timings compare different work.
        var mismatches = 0;
        foreach (var (_, q, request) in requests)
        {
            var results = new List<(string Name, SearchResult Result)>();
            foreach (var (name, search) in engines) results.Add((name, await search(request)));
            foreach (var (name, result) in results.Skip(1))
                if (Describe(result) != Describe(results[0].Result) && ++mismatches <= 5)
                    Console.WriteLine($"MISMATCH {q} {request.Sort}/{request.Page}/{request.Price}: {results[0].Name} {Describe(results[0].Result)}\n    {name} {Describe(result)}");
        }
        Console.WriteLine(mismatches == 0 ? $"Results identical across {string.Join(", ", engines.Select(e => e.Name))} for all {requests.Count} searches."
            : $"{mismatches} of {requests.Count} searches differ between engines.");

        var times = engines.ToDictionary(e => e.Name, _ => requests.ToDictionary(r => r, _ => new List<double>()));
        var matches = new Dictionary<string, string>();
        for (var r = 0; r < rounds; r++)
            foreach (var request in requests)
                for (var e = 0; e < engines.Length; e++)
                {
                    // Rotate who goes first, so no engine always runs right after another's cache misses.
                    var (name, search) = engines[(e + r) % engines.Length];
                    var sw = Stopwatch.StartNew();
                    var result = await search(request.Request);
                    times[name][request].Add(sw.Elapsed.TotalMilliseconds);
                    if (request.Request.Sort is null) matches[request.Query] = $"{(result.IsPartial ? "~" : "")}{result.Total:N0}";
                }

        var header = string.Join(" ", engines.Select(e => $"{e.Name + " p50",14} {"p95",6}"));
        Console.WriteLine($"\n{"kind",-18} {"query",-16} {"matches",8} {header}");
        foreach (var (kind, queries) in Queries)
            foreach (var q in queries)
            {
                var cells = engines.Select(e => Cells(times[e.Name].Where(t => t.Key.Query == q).SelectMany(t => t.Value).ToList()));
                Console.WriteLine($"{kind,-18} {q,-16} {matches[q],8} {string.Join(" ", cells)}");
            }
        var ratio = engines.Length > 1 ? $" {"p95 " + engines[0].Name + "/" + engines[^1].Name,22}" : "";
        Console.WriteLine($"\n{"per kind",-18} {"searches",8} {header}{ratio}");
        foreach (var (kind, _) in Queries.Append(("ALL", [])))
        {
            List<double> Of(string engine) => times[engine].Where(t => kind == "ALL" || t.Key.Kind == kind).SelectMany(t => t.Value).ToList();
            var first = Of(engines[0].Name);
            var ratios = engines.Length > 1 ? $" {P(first, 95) / P(Of(engines[^1].Name), 95),21:0.0}x" : "";
            Console.WriteLine($"{kind,-18} {first.Count,8} {string.Join(" ", engines.Select(e => Cells(Of(e.Name))))}{ratios}");
        }
        Console.WriteLine("(ms per search: results page + total + category/brand/price facets + cards; ~ = partial matches shown because nothing matched every word)");

        var index = provider.GetRequiredService<ISkuSearchIndex>();
        var match = index.Match(await provider.GetRequiredService<SearchService>().ParseAsync("海尔 冰箱"));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + match.Sql, connection);
        foreach (var (name, value) in match.Parameters) explain.Parameters.AddWithValue(name, value);
        Console.WriteLine("\nPlan of the database engine's match for \"海尔 冰箱\":");
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Console.WriteLine("  " + reader.GetString(0));
    }

    static string Cells(List<double> times) => $"{P(times, 50),14:0.0} {P(times, 95),6:0.0}";

    static string Describe(SearchResult r) =>
        $"total {r.Total} partial {r.IsPartial} page [{string.Join(",", r.Items.Select(i => i.Id))}] " +
        $"cat [{string.Join(",", r.Categories.Select(f => f.Key + ":" + f.Count))}] brand [{string.Join(",", r.Brands.Select(f => f.Key + ":" + f.Count))}] " +
        $"price [{string.Join(",", r.Prices.Select(f => f.Key + ":" + f.Count))}]";

    public static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
