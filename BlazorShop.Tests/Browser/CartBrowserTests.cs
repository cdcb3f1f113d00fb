using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>The cart in a real browser: guest carts, the merge on sign-in, live badges across tabs.</summary>
public class CartBrowserTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static async Task<List<long>> SkusAsync(ShopAppFactory app, int count, int skip)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => s.Id).Skip(skip).Take(count).ToListAsync();
    }

    private static async Task<long> UserIdAsync(ShopAppFactory app, string name)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
    }

    private static async Task AddOnProductPageAsync(IPage page, long sku, int count)
    {
        await page.GotoAsync($"/goods/{sku}");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
        await page.FillAsync(".buy-box .qty input", count.ToString());
        await page.Locator(".buy-box .qty input").DispatchEventAsync("change");
        await page.ClickAsync("button.add-to-cart");
        await Assertions.Expect(page.Locator(".buy-box .cart-message")).ToHaveTextAsync("已加入购物车");
    }

    [ServiceFact(Service.Chromium)]
    public async Task A_guest_adds_two_skus_signs_in_and_the_carts_merge_with_the_guest_count_winning()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var skus = await SkusAsync(app, 2, skip: 3);
        var demo = CartOwner.User(await UserIdAsync(app, "demo"));
        var carts = app.Services.GetRequiredService<CartService>();
        // The account already has 1 of the first SKU in its cart (and the SKU is unselected there).
        await carts.AddAsync(demo, skus[0], 1);
        await carts.SelectAsync(demo, skus[0], false);

        var page = await browser.NewPageAsync(app.ServerAddress);
        await AddOnProductPageAsync(page, skus[0], 3);
        await Assertions.Expect(page.Locator(".cart-badge .count")).ToHaveTextAsync("3");
        await AddOnProductPageAsync(page, skus[1], 2);
        await Assertions.Expect(page.Locator(".cart-badge .count")).ToHaveTextAsync("5");

        await page.GotoAsync("/login?returnUrl=%2Fcart");
        await page.FillAsync("input[autocomplete=username]", "demo");
        await page.FillAsync("input[autocomplete=current-password]", TestAccounts.ShopperPassword);
        await page.ClickAsync(".auth-card button[type=submit]");
        await page.WaitForURLAsync("**/cart");
        await BrowserSession.WaitInteractiveAsync(page, ".cart-editor[data-interactive=true]");

        // Guest count wins (3, not 1 + 3), the guest's selection is kept (selected), the second SKU came along.
        await Assertions.Expect(page.Locator($".cart-line[data-sku='{skus[0]}'] .qty input")).ToHaveValueAsync("3");
        await Assertions.Expect(page.Locator($".cart-line[data-sku='{skus[0]}'] .line-select")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator($".cart-line[data-sku='{skus[1]}'] .qty input")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator(".cart-badge .count")).ToHaveTextAsync("5");
        // The guest cart is gone with its cookie.
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == GuestCartCookie.Name);
    }

    [ServiceFact(Service.Chromium)]
    public async Task Two_tabs_of_one_shopper_adding_in_one_updates_the_badge_in_the_other_without_a_reload()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var sku = (await SkusAsync(app, 1, skip: 8))[0];
        var first = await browser.NewPageAsync(app.ServerAddress);
        await first.GotoAsync("/login?returnUrl=%2F");
        await first.FillAsync("input[autocomplete=username]", "demo");
        await first.FillAsync("input[autocomplete=current-password]", TestAccounts.ShopperPassword);
        await first.ClickAsync(".auth-card button[type=submit]");
        await first.WaitForURLAsync(app.ServerAddress + "");
        var second = await first.Context.NewPageAsync(); // another tab, same browser (same sign-in)
        await second.GotoAsync("/");
        await BrowserSession.WaitInteractiveAsync(second, ".cart-badge .count[data-interactive=true]");
        var before = int.Parse(await second.Locator(".cart-badge .count").TextContentAsync() ?? "0");
        await BrowserSession.WatchForTextAsync(second, ".cart-badge .count", (before + 2).ToString());

        await AddOnProductPageAsync(first, sku, 2);
        var addedAt = await first.EvaluateAsync<long>("() => Date.now()");

        await Assertions.Expect(second.Locator(".cart-badge .count")).ToHaveTextAsync((before + 2).ToString());
        output.WriteLine($"the other tab's badge changed {await BrowserSession.TextAppearedAtAsync(second) - addedAt} ms after the add was confirmed");
        // The mini-cart of the other tab lists the SKU too.
        await Assertions.Expect(second.Locator($".mini-cart li[data-sku='{sku}']")).ToHaveCountAsync(1);
    }

    [ServiceFact(Service.Chromium)]
    public async Task The_quantity_box_shows_the_value_that_will_be_used_and_says_why_it_corrected_one()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        long sku;
        int stock;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            (sku, stock) = await db.Skus.Where(s => s.IsLaunched && s.Stock > 5 && s.Stock < 999).OrderBy(s => s.Id).Select(s => ValueTuple.Create(s.Id, s.Stock)).FirstAsync();
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync($"/goods/{sku}");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
        var box = page.Locator(".buy-box .qty input");

        await box.FillAsync("0");
        await box.DispatchEventAsync("change");
        await Assertions.Expect(page.Locator(".qty-note")).ToHaveTextAsync("数量至少为 1，已改为 1");
        await Assertions.Expect(page.Locator(".buy-box .qty input")).ToHaveValueAsync("1");

        await page.Locator(".buy-box .qty input").FillAsync("9999");
        await page.Locator(".buy-box .qty input").DispatchEventAsync("change");
        await Assertions.Expect(page.Locator(".qty-note")).ToHaveTextAsync($"库存只有 {stock} 件，已改为 {stock}");
        await Assertions.Expect(page.Locator(".buy-box .qty input")).ToHaveValueAsync(stock.ToString());

        // Buy now goes to checkout with this SKU and count (through sign-in, which a guest needs to order).
        await page.Locator(".buy-box .qty input").FillAsync("2");
        await page.Locator(".buy-box .qty input").DispatchEventAsync("change");
        await Assertions.Expect(page.Locator(".qty-note")).ToBeEmptyAsync();
        await page.ClickAsync(".btn-buy-now");
        await page.WaitForURLAsync($"**/login?ReturnUrl=%2Fcheckout%3Fsku%3D{sku}%26count%3D2");
    }

    [ServiceFact(Service.Chromium)]
    public async Task A_guest_adds_from_a_list_card_before_the_circuit_connects_and_from_a_card_once_it_has()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        int category;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            category = await db.Skus.Where(s => s.IsLaunched && s.Stock > 5).OrderBy(s => s.Id).Select(s => s.CategoryId).FirstAsync();

        // No circuit: the card's form posts, the guest gets a cart and lands on the product with the feedback.
        var slow = await browser.NewPageAsync(app.ServerAddress);
        await slow.RouteAsync("**/_blazor**", route => route.AbortAsync());
        await slow.GotoAsync($"/list/{category}");
        var card = slow.Locator(".sku-grid .sku-card:has(.card-add button:not([disabled]))").First;
        var sku = await card.GetAttributeAsync("data-sku");
        await card.Locator(".card-add button").ClickAsync();
        await slow.WaitForURLAsync($"**/goods/{sku}?cart=added");
        await Assertions.Expect(slow.Locator(".cart-message")).ToHaveTextAsync("已加入购物车");
        Assert.Contains(await slow.Context.CookiesAsync(), c => c.Name == GuestCartCookie.Name && c.HttpOnly && c.SameSite == SameSiteAttribute.Lax);

        // With a circuit: the card says so in place and the badge follows.
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync($"/list/{category}");
        await BrowserSession.WaitInteractiveAsync(page, ".sku-grid[data-interactive=true]");
        await BrowserSession.WaitInteractiveAsync(page, ".cart-badge .count[data-interactive=true]");
        var live = page.Locator(".sku-grid .sku-card:has(.card-add button:not([disabled]))").First;
        await live.Locator(".card-add button").ClickAsync();
        await Assertions.Expect(live.Locator(".card-add-message")).ToHaveTextAsync("已加入购物车");
        await Assertions.Expect(page.Locator(".cart-badge .count")).ToHaveTextAsync("1");
        Assert.EndsWith($"/list/{category}", page.Url);
    }
}
