using System.Diagnostics;
using BlazorShop.Features.Search;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BlazorShop.Benchmarks;

/// <summary>
/// Times the real SearchService (the whole results page: cards, total, category/brand/price facets) on queries of
/// every kind the search understands, each in three variants (relevance page 1; price sort page 3; sales sort with a
/// price filter), and prints p50/p95 per query and per kind.
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

    public static async Task RunAsync(IServiceProvider provider, string connectionString, int rounds)
    {
        var search = provider.GetRequiredService<SearchService>();
        var variants = new[] { new SearchRequest(""), new SearchRequest("", Sort: "price", Page: 3), new SearchRequest("", Sort: "sales", Price: "1000-3000") };
        foreach (var (_, qs) in Queries) foreach (var q in qs) await search.SearchAsync(new SearchRequest(q)); // warm-up

        var all = new List<double>();
        var byKind = new List<(string Kind, List<double> Times)>();
        Console.WriteLine($"\n{"kind",-18} {"query",-18} {"matches",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (kind, qs) in Queries)
        {
            var kindTimes = new List<double>();
            foreach (var q in qs)
            {
                var times = new List<double>();
                SearchResult? last = null;
                for (var r = 0; r < rounds; r++)
                    foreach (var variant in variants)
                    {
                        var sw = Stopwatch.StartNew();
                        var result = await search.SearchAsync(variant with { Query = q });
                        times.Add(sw.Elapsed.TotalMilliseconds);
                        if (variant.Sort is null) last = result;
                    }
                kindTimes.AddRange(times);
                var matches = last is null ? "" : $"{(last.IsPartial ? "~" : "")}{last.Total:N0}";
                Console.WriteLine($"{kind,-18} {q,-18} {matches,9} {P(times, 50),8:0.0} {P(times, 95),8:0.0} {times.Max(),8:0.0}");
            }
            byKind.Add((kind, kindTimes));
            all.AddRange(kindTimes);
        }
        Console.WriteLine($"\n{"per kind",-18} {"searches",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (kind, times) in byKind) Console.WriteLine($"{kind,-18} {times.Count,9} {P(times, 50),8:0.0} {P(times, 95),8:0.0} {times.Max(),8:0.0}");
        Console.WriteLine($"\nALL {all.Count} searches (results page + total + category/brand/price facets): p50 {P(all, 50):0.0} ms, p95 {P(all, 95):0.0} ms, max {all.Max():0.0} ms");
        Console.WriteLine("(~ = partial matches shown because nothing matched every word)");

        var index = provider.GetRequiredService<ISkuSearchIndex>();
        var match = index.Match(await search.ParseAsync("海尔 冰箱"));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + match.Sql, connection);
        foreach (var (name, value) in match.Parameters) explain.Parameters.AddWithValue(name, value);
        Console.WriteLine("\nPlan of the match for \"海尔 冰箱\":");
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Console.WriteLine("  " + reader.GetString(0));
    }

    public static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
