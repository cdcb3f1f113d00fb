using BlazorShop.Domain;
using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>Paying with Alipay in a real browser, on the built-in simulator: the order's open page turns "paid" by itself.</summary>
public class AlipayBrowserTests
{
    [ServiceFact(Service.Chromium)]
    public async Task Checkout_with_Alipay_then_paying_in_the_simulator_shows_the_order_paid_without_a_reload()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var demoId = await db.Users.Where(u => u.UserName == "demo").Select(u => u.Id).SingleAsync();
        var sku = await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => s.Id).Skip(5).FirstAsync();
        var buyer = await OrderTestData.BuyerAsync(app); // borrow an address shape, then give the demo shopper one
        var address = await db.Addresses.AsNoTracking().SingleAsync(a => a.Id == buyer.AddressId);
        db.Addresses.Add(new Address
        {
            UserId = demoId, Title = "家", Receiver = "赵六", ProvinceId = address.ProvinceId, CityId = address.CityId,
            DistrictId = address.DistrictId, Place = "湖滨路 3 号", Mobile = "13600136000", IsDefault = true,
        });
        await db.SaveChangesAsync();
        await app.Services.GetRequiredService<CartService>().AddAsync(CartOwner.User(demoId), sku, 1);

        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/login?returnUrl=%2Fcart");
        await page.FillAsync("input[autocomplete=username]", "demo");
        await page.FillAsync("input[autocomplete=current-password]", TestAccounts.ShopperPassword);
        await page.ClickAsync(".auth-card button[type=submit]");
        await page.WaitForURLAsync("**/cart");
        await BrowserSession.WaitInteractiveAsync(page, ".cart-editor[data-interactive=true]");
        await page.ClickAsync("a.checkout");
        await page.WaitForURLAsync("**/checkout");
        await page.CheckAsync("input[name='Form.PayMethod'][value=Alipay]");
        await page.ClickAsync("[data-action=submit-order]");
        // Placing the order sends the browser straight to the gateway (the simulator) with the signed request.
        await page.WaitForURLAsync("**/simulator/alipay/gateway.do*");
        await Assertions.Expect(page.Locator("main[data-simulator-state=Pay]")).ToBeVisibleAsync();
        var orderId = (await page.Locator("[data-field=out-trade-no]").TextContentAsync())!.Trim();
        Assert.Equal(OrderStatus.Unpaid, await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());

        // The same order open in a second tab, live.
        var watcher = await page.Context.NewPageAsync();
        await watcher.GotoAsync($"/orders/{orderId}");
        await BrowserSession.WaitInteractiveAsync(watcher, ".order-status[data-interactive=true]");
        await Assertions.Expect(watcher.Locator(".order-status")).ToHaveAttributeAsync("data-order-status", "unpaid");

        await page.ClickAsync("[data-action=pay]");

        // Back at the shop: the return page confirms once the notify is processed.
        await page.WaitForURLAsync("**/pay/return?*");
        await Assertions.Expect(page.Locator(".payment-confirmation")).ToHaveAttributeAsync("data-payment-state", "paid");
        // The order page opened before paying turned "to ship" by itself.
        await Assertions.Expect(watcher.Locator(".order-status")).ToHaveAttributeAsync("data-order-status", "to-ship");
        await Assertions.Expect(watcher.Locator(".order-status-changed")).ToBeVisibleAsync();
        Assert.Equal(OrderStatus.ToShip, await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
        Assert.Single(await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).ToListAsync());
    }
}
