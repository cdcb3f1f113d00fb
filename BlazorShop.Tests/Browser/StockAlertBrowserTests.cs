using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>"到货通知" in a real browser: subscribe on a sold-out product page, and hear of the restock without a reload.</summary>
public class StockAlertBrowserTests
{
    [ServiceFact(Service.Chromium)]
    public async Task A_shopper_subscribes_on_a_sold_out_product_and_the_open_page_shows_the_notice_when_stock_returns()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var shopper = await TestShoppers.CreateAsync(app, "alert");
        var sku = await OrderTestData.SkuAsync(app, 0);

        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync($"/login?returnUrl=%2Fgoods%2F{sku}");
        await page.FillAsync("input[autocomplete=username]", shopper.UserName);
        await page.FillAsync("input[autocomplete=current-password]", shopper.Password);
        await page.ClickAsync(".auth-card button[type=submit]");
        await page.WaitForURLAsync($"**/goods/{sku}");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
        await BrowserSession.WaitInteractiveAsync(page, ".notice-link[data-interactive=true]");
        await Assertions.Expect(page.Locator("[data-field=unread]")).ToHaveCountAsync(0);

        await page.ClickAsync("[data-action=stock-alert]");
        await Assertions.Expect(page.Locator("[data-field=stock-alert]")).ToHaveAttributeAsync("data-state", "waiting");

        // The shop restocks it (as the back office does: the stock, then the change on the bus).
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            await db.Skus.Where(s => s.Id == sku).ExecuteUpdateAsync(s => s.SetProperty(k => k.Stock, 8));
        await app.Services.GetRequiredService<IEventBus>().PublishAsync(new SkuChanged(sku, 100m, 8, true));

        // Without a reload: the buy box can buy again, and the header says there is a new message.
        await Assertions.Expect(page.Locator("[data-field=unread]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-field=stock-alert]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".buy-box .add-to-cart")).ToBeEnabledAsync();

        await page.ClickAsync(".notice-link");
        await page.WaitForURLAsync("**/account/messages");
        await Assertions.Expect(page.Locator(".notice.unread")).ToHaveCountAsync(1);
        await page.ClickAsync(".notice.unread .notice-open");
        await page.WaitForURLAsync($"**/goods/{sku}");
    }
}
