using BlazorShop.Tests.TestSupport;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>The storefront shell in real Chromium: interactive, switches language, works on a phone-sized screen.</summary>
public class ShellBrowserTests
{
    [ServiceFact(Service.Chromium)]
    public async Task Home_page_becomes_interactive_and_switches_language()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.ServerAddress);

        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await BrowserSession.WaitInteractiveAsync(page, ".cart-badge .count[data-interactive=true]");

        await page.ClickAsync("a[data-culture=en]");

        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Contains("Welcome to BlazorShop Mall!", await page.InnerTextAsync(".topbar"));
        await BrowserSession.WaitInteractiveAsync(page, ".cart-badge .count[data-interactive=true]");
        Assert.Equal("true", await page.GetAttributeAsync("a[data-culture=en]", "aria-current"));

        // And back: the choice persists in the cookie across navigations.
        await page.ClickAsync("a[data-culture=zh-CN]");
        await page.WaitForSelectorAsync("html[lang=zh-CN]");
        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
    }

    [ServiceFact(Service.Chromium)]
    public async Task On_a_phone_the_category_menu_opens_from_its_toggle()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.ServerAddress, width: 360, height: 740);

        await page.GotoAsync("/");
        // The circuit re-renders the prerendered header when it connects: click after that, as a shopper's
        // later taps are.
        await BrowserSession.WaitInteractiveAsync(page, ".cart-badge .count[data-interactive=true]");
        var menu = page.Locator(".channel-groups");
        Assert.False(await menu.IsVisibleAsync());
        await page.ClickAsync("label.nav-toggle-label");
        Assert.True(await menu.IsVisibleAsync());
        Assert.Contains("手机数码", await menu.InnerTextAsync());

        // Nothing overflows the phone's width, on any storefront page.
        foreach (var path in new[] { "/", "/list/1?sort=price", "/goods/1", "/search?q=%E5%86%B0%E7%AE%B1", "/login" })
        {
            if (path != "/") await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 360, $"{path} is {scrollWidth}px wide on a 360px screen");
        }
        await page.GotoAsync("/");
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "blazorshop-screens"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "blazorshop-screens", "home-phone.png"), FullPage = true });
    }

    [ServiceFact(Service.Chromium)]
    public async Task When_the_server_goes_away_the_reconnect_dialog_shows()
    {
        var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/");
        await BrowserSession.WaitInteractiveAsync(page, ".cart-badge .count[data-interactive=true]");
        var dialog = page.Locator("#components-reconnect-modal");
        Assert.False(await dialog.IsVisibleAsync());

        await app.DisposeAsync(); // the circuit's connection drops

        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(dialog).ToContainTextAsync("连接");
    }

    [ServiceFact(Service.Chromium)]
    public async Task On_a_desktop_hovering_a_channel_opens_its_three_level_menu()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/");
        var group = page.Locator(".channel-group").First;
        var mega = group.Locator(".mega");
        Assert.False(await mega.IsVisibleAsync());

        await group.Locator(".channel-links").HoverAsync();

        await Assertions.Expect(mega).ToBeVisibleAsync();
        var leaf = mega.Locator("dd a").First;
        var (href, name) = (await leaf.GetAttributeAsync("href"), (await leaf.InnerTextAsync()).Trim());
        await leaf.ClickAsync();
        await page.WaitForURLAsync("**" + href);
        await Assertions.Expect(page.Locator(".list-main h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator(".breadcrumb")).ToContainTextAsync(name);
    }
}
