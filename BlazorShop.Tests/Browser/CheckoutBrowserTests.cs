using BlazorShop.Domain;
using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>Checkout in a real browser: from the cart to an order "to ship", the unselected lines staying behind.</summary>
public class CheckoutBrowserTests
{
    [ServiceFact(Service.Chromium)]
    public async Task Cash_on_delivery_from_a_cart_of_two_selected_skus_places_an_order_to_ship_and_keeps_the_unselected_line()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var demoId = await db.Users.Where(u => u.UserName == "demo").Select(u => u.Id).SingleAsync();
        var skus = await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => s.Id).Skip(20).Take(3).ToListAsync();
        var buyer = await OrderTestData.BuyerAsync(app); // borrow an address shape, then give the demo shopper one
        var address = await db.Addresses.AsNoTracking().SingleAsync(a => a.Id == buyer.AddressId);
        db.Addresses.Add(new Address
        {
            UserId = demoId, Title = "公司", Receiver = "王五", ProvinceId = address.ProvinceId, CityId = address.CityId,
            DistrictId = address.DistrictId, Place = "科技园 9 栋", Mobile = "13700137000", IsDefault = !await db.Addresses.AnyAsync(a => a.UserId == demoId && a.IsDefault && !a.IsDeleted),
        });
        await db.SaveChangesAsync();
        var carts = app.Services.GetRequiredService<CartService>();
        var demo = CartOwner.User(demoId);
        await carts.AddAsync(demo, skus[0], 2);
        await carts.AddAsync(demo, skus[1], 1);
        await carts.AddAsync(demo, skus[2], 1);
        await carts.SelectAsync(demo, skus[2], false);
        var stockBefore = await db.Skus.Where(s => s.Id == skus[0]).Select(s => s.Stock).SingleAsync();

        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/login?returnUrl=%2Fcart");
        await page.FillAsync("input[autocomplete=username]", "demo");
        await page.FillAsync("input[autocomplete=current-password]", TestAccounts.ShopperPassword);
        await page.ClickAsync(".auth-card button[type=submit]");
        await page.WaitForURLAsync("**/cart");
        await BrowserSession.WaitInteractiveAsync(page, ".cart-editor[data-interactive=true]");
        await page.ClickAsync("a.checkout");
        await page.WaitForURLAsync("**/checkout");

        // The settlement shows the two selected lines, freight and the total; cash on delivery is preselected.
        await Assertions.Expect(page.Locator(".checkout-line")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator($".checkout-line[data-sku='{skus[2]}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-field=freight]")).ToHaveTextAsync("¥10.00");
        await Assertions.Expect(page.Locator("input[name='Form.PayMethod'][value=CashOnDelivery]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name='Form.AddressId']:checked")).ToHaveCountAsync(1);
        await page.ClickAsync("[data-action=submit-order]");

        await page.WaitForURLAsync("**/orders/*?status=placed");
        await Assertions.Expect(page.Locator("[data-status=placed]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".order-status")).ToHaveAttributeAsync("data-order-status", "to-ship");
        var orderId = page.Url.Split('/', '?')[^2];

        await page.GotoAsync("/orders?status=to-ship");
        await Assertions.Expect(page.Locator($".order-card[data-order='{orderId}']")).ToBeVisibleAsync();
        await page.GotoAsync("/cart");
        await BrowserSession.WaitInteractiveAsync(page, ".cart-editor[data-interactive=true]");
        await Assertions.Expect(page.Locator(".cart-line")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($".cart-line[data-sku='{skus[2]}']")).ToBeVisibleAsync();
        Assert.Equal(stockBefore - 2, await db.Skus.AsNoTracking().Where(s => s.Id == skus[0]).Select(s => s.Stock).SingleAsync());
    }
}
