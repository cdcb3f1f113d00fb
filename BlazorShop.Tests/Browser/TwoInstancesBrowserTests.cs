using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>Two app instances behind a load balancer share PostgreSQL and Redis: a change on one shows on the other's pages.</summary>
public class TwoInstancesBrowserTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [ServiceFact(Service.Postgres, Service.Redis, Service.S3, Service.Chromium)]
    public async Task A_stock_change_on_instance_B_reaches_a_product_page_served_by_instance_A()
    {
        await using var stack = await ProductionStack.CreateAsync();
        await using var instanceA = stack.NewInstance().UseRealServer();
        var address = instanceA.ServerAddress; // A migrates and seeds first
        await using var instanceB = stack.NewInstance();
        instanceB.StartServer();

        long skuId;
        await using (var db = instanceB.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            skuId = await db.Skus.Where(s => s.IsLaunched && s.Stock > 10).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(address);
        await page.GotoAsync($"/goods/{skuId}");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");

        using var http = new HttpClient { BaseAddress = address };
        using (var cached = await http.GetAsync($"/goods/{skuId}")) Assert.NotNull(cached.Headers.Age); // the browser's visit filled A's cache

        await BrowserSession.WatchForTextAsync(page, ".buy-row", "仅剩 4 件");
        var changedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await instanceB.Services.GetRequiredService<SkuEditor>().UpdateAsync(skuId, new SkuEdit(Stock: 4, Price: 66.60m));
        output.WriteLine($"save + publish on B took {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - changedAt} ms");

        await Assertions.Expect(page.Locator(".buy-row .stock")).ToHaveTextAsync("仅剩 4 件");
        output.WriteLine($"cross-instance live update latency (B saves, Redis, A renders): {await BrowserSession.TextAppearedAtAsync(page) - changedAt} ms");
        await Assertions.Expect(page.Locator(".price-box .price.big")).ToHaveTextAsync(Display.Money(66.60m));

        // A's output cache held the page from before the change: B's event, through Redis, evicted it.
        var html = "";
        for (var i = 0; i < 100 && !html.Contains("data-price=\"66.60\""); i++) { html = await http.GetStringAsync($"/goods/{skuId}"); await Task.Delay(50); }
        Assert.Contains("data-price=\"66.60\"", html);
        Assert.Contains("仅剩 4 件", html);
    }
}
