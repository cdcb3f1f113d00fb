using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>The page pattern in a real browser: data loaded once, pages usable before the circuit connects.</summary>
public class PagePatternBrowserTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static async Task<long> SkuAsync(ShopAppFactory app, int skip = 5)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => s.Id).Skip(skip).FirstAsync();
    }

    /// <summary>Two SKUs of different products and categories, so that neither visit finds the other's data cached.</summary>
    private static async Task<(long, long)> UnrelatedSkusAsync(ShopAppFactory app)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var skus = await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => new { s.Id, s.CategoryId }).ToListAsync();
        var first = skus[5];
        return (first.Id, skus.First(s => s.CategoryId != first.CategoryId).Id);
    }

    private static ShopAppFactory AppCounting(CommandCounter counter, bool cache)
    {
        var app = new ShopAppFactory().UseRealServer();
        app.Settings["PageCache:Enabled"] = cache ? "true" : "false";
        app.ServiceOverrides.Add(s => s.AddSingleton<IInterceptor>(counter));
        return app;
    }

    [ServiceFact(Service.Chromium)]
    public async Task A_browser_visit_runs_the_same_sql_as_one_server_render_and_a_cached_visit_runs_none()
    {
        var counter = new CommandCounter();
        await using var browser = await BrowserSession.StartAsync();
        await using (var app = AppCounting(counter, cache: false))
        {
            var (rendered, visited) = await UnrelatedSkusAsync(app);
            using var http = new HttpClient { BaseAddress = app.ServerAddress };
            await http.GetStringAsync("/"); // the menu and category tree are cached in memory after the first page
            counter.Reset();
            await http.GetStringAsync($"/goods/{rendered}");
            var render = counter.Count;

            var page = await browser.NewPageAsync(app.ServerAddress);
            counter.Reset();
            await page.GotoAsync($"/goods/{visited}");
            await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
            await BrowserSession.WaitInteractiveAsync(page, ".cart-badge .count[data-interactive=true]");
            await Task.Delay(500);
            output.WriteLine($"SQL commands: server render {render}, browser visit {counter.Count}");
            Assert.True(render > 0);
            Assert.Equal(render, counter.Count);
        }

        await using (var app = AppCounting(counter, cache: true))
        {
            var sku = await SkuAsync(app);
            var page = await browser.NewPageAsync(app.ServerAddress);
            await page.GotoAsync($"/goods/{sku}"); // fills the cache
            counter.Reset();
            var second = await browser.NewPageAsync(app.ServerAddress);
            await second.GotoAsync($"/goods/{sku}");
            await BrowserSession.WaitInteractiveAsync(second, ".buy-box[data-interactive=true]");
            await Task.Delay(500);
            Assert.Equal(0, counter.Count);
        }
    }

    [ServiceFact(Service.Chromium)]
    public async Task Before_the_circuit_connects_add_to_cart_still_works_and_the_steppers_say_they_are_getting_ready()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var sku = await SkuAsync(app);
        var page = await browser.NewPageAsync(app.ServerAddress);
        // A circuit that never connects: the worst case of a slow network.
        await page.RouteAsync("**/_blazor**", route => route.AbortAsync());

        // A signed-in shopper: sign-in is a plain form, then the product page.
        await page.GotoAsync("/login?returnUrl=%2F");
        await page.FillAsync("input[autocomplete=username]", "demo");
        await page.FillAsync("input[autocomplete=current-password]", TestAccounts.ShopperPassword);
        await page.ClickAsync(".auth-card button[type=submit]");
        await page.WaitForURLAsync(app.ServerAddress + "");
        await page.GotoAsync($"/goods/{sku}");

        Assert.Equal("正在准备…", await page.GetAttributeAsync(".qty button[aria-label='增加']", "title"));
        await page.FillAsync(".qty input", "2");
        await page.ClickAsync("button.add-to-cart");

        await page.WaitForURLAsync($"**/goods/{sku}?cart=added");
        await Assertions.Expect(page.Locator(".cart-message")).ToHaveTextAsync("已加入购物车");
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        Assert.Equal(2, await db.CartItems.Where(c => c.SkuId == sku).SumAsync(c => c.Count));
    }

    [ServiceFact(Service.Chromium)]
    public async Task Gallery_and_tabs_work_without_a_circuit()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        long sku;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            sku = await db.Skus.Where(s => s.IsLaunched && s.Images.Count > 1).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.RouteAsync("**/_blazor**", route => route.AbortAsync());
        await page.GotoAsync($"/goods/{sku}");

        await Assertions.Expect(page.Locator(".tab-panel[data-tab=detail]")).ToBeVisibleAsync();
        await page.ClickAsync(".tabs label[data-tab=spec]");
        await Assertions.Expect(page.Locator(".tab-panel[data-tab=spec]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".tab-panel[data-tab=detail]")).ToBeHiddenAsync();

        var images = page.Locator(".gallery-main img");
        await Assertions.Expect(images.Nth(0)).ToBeVisibleAsync();
        await page.Locator(".gallery-thumbs .thumb").Nth(1).ClickAsync();
        await Assertions.Expect(images.Nth(1)).ToBeVisibleAsync();
        await Assertions.Expect(images.Nth(0)).ToBeHiddenAsync();
    }
}
