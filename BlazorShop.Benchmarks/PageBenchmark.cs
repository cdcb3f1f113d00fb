using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace BlazorShop.Benchmarks;

/// <summary>
/// The storefront page benchmark, all in one run on one machine (ratios, not absolute numbers, are what carry over):
///   dotnet run -c Release --project BlazorShop.Benchmarks -- pages [--seconds 10] [--connections 64] [--circuits 20,60]
///                                                                  [--compare path/to/other/BlazorShop.dll]
/// 1. publishes the store (Release) and runs it as its own process on its embedded defaults;
/// 2. wrk (Debian's) against product, home, list and search pages, served from the output cache and rendered
///    (cache off), next to Kestrel serving the same product page bytes from memory (the ceiling);
/// 3. SQL commands per product visit: one server render, one real browser visit, one cached browser visit;
/// 4. server memory per open product page: resident memory at N and M open Chromium pages (workstation GC);
/// 5. event fan-out: one SkuChanged to 1,000 subscribed pages through the in-process bus.
/// Needs wrk and /usr/bin/chromium (BLAZORSHOP_TEST_CHROMIUM to override).
/// </summary>
public static partial class PageBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = int.Parse(Option(args, "--seconds") ?? "10");
        var connections = int.Parse(Option(args, "--connections") ?? "64");
        var circuits = (Option(args, "--circuits") ?? "20,60").Split(',').Select(int.Parse).ToArray();
        var compare = Option(args, "--compare");
        var root = FindRoot();
        var assets = Path.Combine(root, "wwwroot-assets");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; wrk -t2 -c{connections} -d{seconds}s on the same machine");

        var app = Option(args, "--app") ?? await PublishAsync(root);
        var product = "/goods/1";
        var otherProduct = "/goods/2";
        var rows = new List<(string Page, string Mode, Wrk Result)>();

        // Output cache on (the default).
        string productBytes;
        await using (var shop = await ShopProcess.StartAsync(app, assets, []))
        {
            using var http = new HttpClient { BaseAddress = shop.Address };
            var home = await http.GetStringAsync("/");
            product = "/goods/" + GoodsLink().Match(home).Groups[1].Value;
            // A product of another category (the second floor), for a visit that finds nothing of the first cached.
            otherProduct = "/goods/" + GoodsLink().Match(home[home.IndexOf("id=\"floor-2\"", StringComparison.Ordinal)..]).Groups[1].Value;
            var pages = new[] { ("product", product), ("home", "/"), ("list", "/list/" + ListLink().Match(home).Groups[1].Value), ("search", "/search?q=%E5%86%B0%E7%AE%B1") };
            productBytes = await http.GetStringAsync(product);
            // Warm every page first (JIT, tiered compilation, caches), then measure.
            foreach (var (_, path) in pages) await Wrk.RunAsync(new Uri(shop.Address, path), connections, 3);
            foreach (var (name, path) in pages) rows.Add((name, "cached", await Wrk.RunAsync(new Uri(shop.Address, path), connections, seconds)));

            // The ceiling: Kestrel answering with the same bytes from memory, no framework work at all.
            await using var fixedBytes = await FixedBytesServerAsync(productBytes);
            var fixedUrl = new Uri(fixedBytes.Urls.First() + "/");
            await Wrk.RunAsync(fixedUrl, connections, 2);
            rows.Insert(0, ("product", "fixed bytes", await Wrk.RunAsync(fixedUrl, connections, seconds)));

            // Rendered every time.
            await using var uncached = await ShopProcess.StartAsync(app, assets, new() { ["PageCache__Enabled"] = "false" });
            await shop.DisposeAsync();
            foreach (var (_, path) in pages) await Wrk.RunAsync(new Uri(uncached.Address, path), connections, 3);
            foreach (var (name, path) in pages) rows.Add((name, "rendered", await Wrk.RunAsync(new Uri(uncached.Address, path), connections, seconds)));
            await uncached.DisposeAsync();
            if (compare is not null)
            {
                await using var other = await ShopProcess.StartAsync(compare, assets, []);
                await Wrk.RunAsync(new Uri(other.Address, product), connections, 3);
                rows.Add(("product", "compared build", await Wrk.RunAsync(new Uri(other.Address, product), connections, seconds)));
            }
        }

        Console.WriteLine($"\nPage requests ({productBytes.Length / 1024} KB product page), {connections} connections:");
        Console.WriteLine($"{"page",-8} {"mode",-15} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"non-2xx",8}");
        var ceiling = rows.First(r => r.Mode == "fixed bytes").Result.RequestsPerSecond;
        foreach (var (page, mode, r) in rows)
            Console.WriteLine($"{page,-8} {mode,-15} {r.RequestsPerSecond,9:N0} {r.P50Ms,8:0.00} {r.P99Ms,8:0.00} {r.Errors,8}   {r.RequestsPerSecond / ceiling,6:P0} of fixed bytes");

        await using var playwright = new PlaywrightHost();
        var browser = await playwright.LaunchAsync();

        // SQL commands per visit.
        await using (var shop = await ShopProcess.StartAsync(app, assets, new() { ["PageCache__Enabled"] = "false" }))
        {
            using var http = new HttpClient { BaseAddress = shop.Address };
            await http.GetStringAsync("/"); // menus and the category tree are cached in memory after the first page
            shop.ResetSqlCommands();
            await http.GetStringAsync(product);
            await Task.Delay(300);
            var render = shop.SqlCommands;
            shop.ResetSqlCommands();
            await VisitAsync(browser, shop.Address, otherProduct);
            await Task.Delay(1000);
            Console.WriteLine($"\nSQL commands per product page (output cache off, first visit of each): server render {render}, browser visit (render + circuit) {shop.SqlCommands}");
        }
        await using (var shop = await ShopProcess.StartAsync(app, assets, []))
        {
            await VisitAsync(browser, shop.Address, product);
            shop.ResetSqlCommands();
            await VisitAsync(browser, shop.Address, product);
            await Task.Delay(1000);
            Console.WriteLine($"SQL commands per product page, cached: browser visit {shop.SqlCommands}");
        }

        // Server memory per open product page (workstation GC, as Microsoft's circuit planning figures assume).
        await using (var shop = await ShopProcess.StartAsync(app, assets, new() { ["DOTNET_gcServer"] = "0" }))
        {
            var open = new List<IBrowserContext>();
            var samples = new List<(int Pages, long Kb, long ManagedKb)>();
            foreach (var target in circuits)
            {
                while (open.Count < target) open.Add(await VisitAsync(browser, shop.Address, product));
                await Task.Delay(5000);
                var kb = new List<double>();
                for (var i = 0; i < 5; i++) { kb.Add(shop.ResidentKb()); await Task.Delay(1000); }
                samples.Add((target, (long)FanOutBenchmark.P(kb, 50), await shop.ManagedKbAsync()));
            }
            Console.WriteLine($"\nServer memory: {string.Join(", ", samples.Select(s => $"{s.Pages} pages: resident {s.Kb / 1024.0:0.0} MB, managed heap {s.ManagedKb / 1024.0:0.0} MB"))}");
            var (first, last) = (samples[0], samples[^1]);
            var pages = (double)(last.Pages - first.Pages);
            Console.WriteLine($"Memory per open product page (slope {first.Pages}→{last.Pages}): resident {(last.Kb - first.Kb) / pages:0} KB, live managed heap {(last.ManagedKb - first.ManagedKb) / pages:0} KB");
            foreach (var context in open) await context.CloseAsync();
        }

        var fan = await FanOutBenchmark.RunAsync();
        Console.WriteLine($"\nEvent fan-out: one SkuChanged to {fan.Subscribers:N0} subscribed pages ({fan.Bystanders:N0} other pages subscribed to other SKUs):");
        Console.WriteLine($"publish returns in p50 {fan.PublishP50Us:0} µs (max {fan.PublishMaxUs:0} µs); delivered p50 {fan.DeliveryP50Ms:0.0} ms, p95 {fan.DeliveryP95Ms:0.0} ms, max {fan.DeliveryMaxMs:0.0} ms");
    }

    private static async Task<IBrowserContext> VisitAsync(IBrowser browser, Uri address, string path)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator(".buy-box[data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });
        return context;
    }

    private static async Task<WebApplication> FixedBytesServerAsync(string html)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{ShopProcess.FreePort()}");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        server.Run(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            return context.Response.Body.WriteAsync(bytes).AsTask();
        });
        await server.StartAsync();
        return server;
    }

    private static async Task<string> PublishAsync(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "bs-bench-app");
        Console.WriteLine($"Publishing the store (Release) to {output} …");
        var sw = Stopwatch.StartNew();
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "BlazorShop"), "-c", "Release", "-o", output, "--nologo", "-v", "q"]))!;
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0) throw new InvalidOperationException("dotnet publish failed");
        Console.WriteLine($"Published in {sw.Elapsed.TotalSeconds:0} s");
        return Path.Combine(output, "BlazorShop.dll");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BlazorShop.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    [GeneratedRegex("href=\"/goods/(\\d+)\"")]
    private static partial Regex GoodsLink();

    [GeneratedRegex("href=\"/list/(\\d+)\"")]
    private static partial Regex ListLink();
}
