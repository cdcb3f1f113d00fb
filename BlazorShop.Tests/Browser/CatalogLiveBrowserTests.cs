using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using BlazorShop.Shared;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>One real app (embedded defaults) and one Chromium for the catalog browser tests.</summary>
public sealed class LiveApp : IAsyncLifetime
{
    public ShopAppFactory App { get; } = NewApp();

    /// <summary>The shop as a visitor meets it: with the demo order history and reviews (pages, axe, tap targets, screenshots).</summary>
    private static ShopAppFactory NewApp()
    {
        var app = new ShopAppFactory().UseRealServer();
        app.Settings["Seed:DemoOrders"] = "true";
        return app;
    }
    public BrowserSession Browser { get; private set; } = default!;
    public Uri Address => App.ServerAddress;

    public async Task InitializeAsync()
    {
        if (ServiceFactAttribute.SkipReason([Service.Chromium]) is not null) return;
        _ = App.ServerAddress;
        Browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        await App.DisposeAsync();
    }

    public async Task<T> DbAsync<T>(Func<ShopDbContext, Task<T>> query)
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await query(db);
    }
}

/// <summary>Stock and price changes reach every open catalog page without a reload.</summary>
public class CatalogLiveBrowserTests(LiveApp live, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<LiveApp>
{
    private Task<SkuCardModel> SkuAsync(Func<IQueryable<BlazorShop.Domain.Sku>, IQueryable<BlazorShop.Domain.Sku>> pick) =>
        live.DbAsync(db => pick(db.Skus.AsNoTracking().Where(s => s.IsLaunched && s.Stock > 10)).Select(SkuCardModel.Projection).FirstAsync());

    private SkuEditor Editor => live.App.Services.GetRequiredService<SkuEditor>();

    [ServiceFact(Service.Chromium)]
    public async Task Product_page_shows_new_stock_and_price_live_and_stops_selling_at_zero()
    {
        var sku = await SkuAsync(q => q.Where(s => s.Name.Contains("微波炉")));
        var page = await live.Browser.NewPageAsync(live.Address);
        await page.GotoAsync($"/goods/{sku.Id}");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
        var addToCart = page.Locator("button.add-to-cart");
        Assert.True(await addToCart.IsEnabledAsync());

        await BrowserSession.WatchForTextAsync(page, ".buy-row", "仅剩 3 件");
        var changedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await Editor.UpdateAsync(sku.Id, new SkuEdit(Stock: 3, Price: 388.00m));
        await Assertions.Expect(page.Locator(".buy-row .stock")).ToHaveTextAsync("仅剩 3 件");
        output.WriteLine($"live update latency (save + event + render + screen): {await BrowserSession.TextAppearedAtAsync(page) - changedAt} ms");
        await Assertions.Expect(page.Locator(".price-box .price.big")).ToHaveTextAsync(Display.Money(388.00m));
        Assert.Equal("3", await page.GetAttributeAsync(".qty input", "max"));

        await Editor.UpdateAsync(sku.Id, new SkuEdit(Stock: 0));
        await Assertions.Expect(page.Locator(".buy-row .stock")).ToHaveTextAsync("已售罄");
        await Assertions.Expect(addToCart).ToBeDisabledAsync();

        await Editor.UpdateAsync(sku.Id, new SkuEdit(Stock: 50, IsLaunched: false));
        await Assertions.Expect(page.Locator(".buy-row .stock")).ToHaveTextAsync("已下架");
        await Assertions.Expect(addToCart).ToBeDisabledAsync();

        await Editor.UpdateAsync(sku.Id, new SkuEdit(Stock: sku.Stock, Price: sku.Price, IsLaunched: true));
        await Assertions.Expect(addToCart).ToBeEnabledAsync();
    }

    [ServiceFact(Service.Chromium)]
    public async Task List_and_search_pages_update_their_cards_live()
    {
        var sku = await SkuAsync(q => q.Where(s => s.Name.Contains("电饭煲")));
        var category = await live.DbAsync(db => db.Skus.Where(s => s.Id == sku.Id).Select(s => s.CategoryId).SingleAsync());
        var list = await live.Browser.NewPageAsync(live.Address);
        await list.GotoAsync($"/list/{category}");
        var search = await list.Context.NewPageAsync();
        await search.GotoAsync("/search?q=" + Uri.EscapeDataString("电饭煲"));
        await BrowserSession.WaitInteractiveAsync(list, ".list-main .sku-grid[data-interactive=true]");
        await BrowserSession.WaitInteractiveAsync(search, ".list-main .sku-grid[data-interactive=true]");

        await Editor.UpdateAsync(sku.Id, new SkuEdit(Price: 199.90m, Stock: 2));

        foreach (var page in new[] { list, search })
        {
            var card = page.Locator($".list-main article[data-sku='{sku.Id}']");
            await Assertions.Expect(card.Locator(".price")).ToHaveTextAsync(Display.Money(199.90m));
            await Assertions.Expect(card.Locator(".stock")).ToHaveTextAsync("仅剩 2 件");
        }
        await Editor.UpdateAsync(sku.Id, new SkuEdit(Price: sku.Price, Stock: sku.Stock));
    }

    [ServiceFact(Service.Chromium)]
    public async Task Choosing_a_spec_option_moves_to_that_sku()
    {
        var phone = await SkuAsync(q => q.Where(s => s.Name.StartsWith("华为 Mate 60 Pro")).OrderBy(s => s.Id));
        var page = await live.Browser.NewPageAsync(live.Address);
        await page.GotoAsync($"/goods/{phone.Id}");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");

        var option = page.Locator(".spec-row a.option").First;
        var value = (await option.InnerTextAsync()).Trim();
        await option.ClickAsync();

        await Assertions.Expect(page.Locator("h1.product-name")).ToContainTextAsync(value);
        Assert.NotEqual($"/goods/{phone.Id}", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator(".option.selected", new() { HasTextString = value })).ToHaveCountAsync(1);
    }

    [ServiceFact(Service.Chromium)]
    public async Task Opening_a_list_page_counts_one_visit()
    {
        var category = await live.DbAsync(db => db.Categories.Where(c => c.Level == 3 && c.Name == "冰箱").Select(c => c.Id).SingleAsync());
        var counter = live.App.Services.GetRequiredService<CategoryVisitCounter>();
        var before = await counter.GetAsync(category, Display.ChinaToday(TimeProvider.System));
        var page = await live.Browser.NewPageAsync(live.Address);
        await page.GotoAsync($"/list/{category}");
        await BrowserSession.WaitInteractiveAsync(page, ".list-main .sku-grid[data-interactive=true]");
        // Re-sorting the same category is not a new visit.
        await page.ClickAsync("a[data-sort=price]");
        await page.WaitForURLAsync("**sort=price**");
        await Task.Delay(300);
        Assert.Equal(before + 1, await counter.GetAsync(category, Display.ChinaToday(TimeProvider.System)));
    }

    [ServiceFact(Service.Chromium)]
    public async Task Signed_in_shopper_sees_recently_viewed_goods_newest_first()
    {
        var (first, second) = await live.DbAsync(async db =>
        {
            var ids = await db.Skus.Where(s => s.IsLaunched).OrderBy(s => s.Id).Select(s => s.Id).Skip(20).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
        var page = await live.Browser.NewPageAsync(live.Address);
        await page.GotoAsync("/login?returnUrl=%2F");
        await page.FillAsync("input[autocomplete=username]", "demo");
        await page.FillAsync("input[autocomplete=current-password]", TestAccounts.ShopperPassword);
        await page.ClickAsync(".auth-card button[type=submit]");
        await page.WaitForURLAsync(live.Address + "");
        await Assertions.Expect(page.Locator(".user-name")).ToContainTextAsync("demo");

        foreach (var id in new[] { first, second })
        {
            await page.GotoAsync($"/goods/{id}");
            await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
            await Task.Delay(300); // the view is recorded after the interactive render
        }
        await page.GotoAsync($"/goods/{first}");
        var history = page.Locator(".history article");
        await Assertions.Expect(history).ToHaveCountAsync(1); // the page's own SKU is not listed
        Assert.Equal(second.ToString(), await history.First.GetAttributeAsync("data-sku"));

        // Signing out (a POST with the antiforgery token) returns to the same page as a guest, without history.
        await page.ClickAsync(".topbar button.link-button");
        await Assertions.Expect(page.Locator(".topbar")).ToContainTextAsync("登录");
        Assert.EndsWith($"/goods/{first}", page.Url);
        await Assertions.Expect(page.Locator(".history article")).ToHaveCountAsync(0);
    }
}
