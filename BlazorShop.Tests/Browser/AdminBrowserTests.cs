using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>The back office in a browser: an admin's price edit in the SKU grid reaches a shopper's open product page live.</summary>
public class AdminBrowserTests
{
    private static readonly string Screens = Path.Combine(Path.GetTempPath(), "blazorshop-screens");

    private static async Task SignInAsync(IPage page, string account, string password, string returnPath)
    {
        await page.GotoAsync(returnPath);
        await page.WaitForURLAsync(url => url.Contains("/login"));
        await page.FillAsync("input[name='Input.Account']", account);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("form:has(input[name='Input.Password']) button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith(returnPath, StringComparison.Ordinal));
    }

    [ServiceFact(Service.Chromium)]
    public async Task A_price_changed_in_the_grid_shows_on_a_shoppers_open_product_page_without_reload()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        Sku sku;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            sku = await db.Skus.AsNoTracking().Where(s => s.IsLaunched && s.Stock > 10 && s.Name.Contains("微波炉")).OrderBy(s => s.Id).FirstAsync();

        // The shopper (another browser context: other cookies, other circuit) has the product page open.
        var shopper = await browser.NewPageAsync(app.ServerAddress);
        await shopper.GotoAsync($"/goods/{sku.Id}");
        await BrowserSession.WaitInteractiveAsync(shopper, ".buy-box[data-interactive=true]");
        await Assertions.Expect(shopper.Locator(".price-box .price.big")).ToHaveTextAsync(Display.Money(sku.Price));

        // The admin finds the SKU in the grid and edits its price inline.
        var admin = await browser.NewPageAsync(app.ServerAddress, width: 1440, height: 1000);
        await SignInAsync(admin, "admin", TestAccounts.AdminPassword, "/admin/goods");
        await BrowserSession.WaitInteractiveAsync(admin, ".sku-grid-admin[data-interactive=true]");
        await Assertions.Expect(admin.Locator(".cell-price").First).ToBeVisibleAsync();
        Directory.CreateDirectory(Screens);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screens, "admin-skus.png"), FullPage = true });

        await admin.FillAsync(".filter-text", sku.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.ClickAsync(".admin-toolbar button[type=submit]");
        var row = admin.Locator("tr.rz-data-row", new() { HasTextString = sku.Name });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.Locator("button.row-edit").ClickAsync();
        var newPrice = sku.Price - 11.10m;
        await row.Locator(".edit-price input").FillAsync(newPrice.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screens, "admin-sku-edit.png") });
        await row.Locator("button.row-save").ClickAsync();
        await Assertions.Expect(admin.Locator(".admin-message.ok")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".cell-price")).ToHaveTextAsync(Display.Money(newPrice));

        // The shopper's page shows it, without a reload.
        await Assertions.Expect(shopper.Locator(".price-box .price.big")).ToHaveTextAsync(Display.Money(newPrice));
        Assert.EndsWith($"/goods/{sku.Id}", shopper.Url);

        // The dashboard, for the record.
        await admin.GotoAsync("/admin");
        await BrowserSession.WaitInteractiveAsync(admin, ".dashboard[data-interactive=true]");
        await Assertions.Expect(admin.Locator(".dash-users .figure")).ToBeVisibleAsync();
        await admin.WaitForTimeoutAsync(800); // the charts' entry animation
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screens, "admin-dashboard.png"), FullPage = true });
    }
}
