using BlazorShop.Tests.TestSupport;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>
/// The phone layout (390×844) as a shopper meets it: filters in a drawer behind a button that counts them, a sort
/// bar on one line, the buy buttons on the first screen of a product page, tabs that scroll, and a category menu
/// that reaches the third level.
/// </summary>
public class PhoneLayoutBrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    private Task<IPage> PhoneAsync() => live.Browser.NewPageAsync(live.Address, width: 390, height: 844);

    [ServiceFact(Service.Chromium)]
    public async Task Search_filters_open_in_a_drawer_from_a_button_that_counts_them()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/search?q=%E5%86%B0%E7%AE%B1");
        var button = page.Locator("label.filter-button");
        var box = await button.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 844, "the filter button is on the first screen");
        Assert.False(await page.Locator(".filters").IsVisibleAsync());
        Assert.Equal("0", await button.GetAttributeAsync("data-active-filters"));

        await button.ClickAsync();
        var firstBrand = page.Locator(".filters [data-facet=brand] li a").First;
        await Assertions.Expect(firstBrand).ToBeVisibleAsync();
        await firstBrand.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("brand="));
        await Assertions.Expect(page.Locator("label.filter-button")).ToHaveAttributeAsync("data-active-filters", "1");
        await Assertions.Expect(page.Locator("label.filter-button .filter-count")).ToHaveTextAsync("1");

        // Closing: the drawer's own button.
        await page.ClickAsync("label.filter-button");
        await page.ClickAsync(".filters .drawer-close");
        await Assertions.Expect(page.Locator(".filters")).ToBeHiddenAsync();
    }

    [ServiceFact(Service.Chromium)]
    public async Task The_sort_bar_is_one_line_that_scrolls_sideways()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/list/1");
        var bar = page.Locator(".sort-bar");
        var heights = await bar.EvaluateAsync<double[]>("b => [...b.querySelectorAll('a')].map(a => a.getBoundingClientRect().top)");
        Assert.Single(heights.Distinct()); // every sort link on the same line
        Assert.Equal("auto", await bar.EvaluateAsync<string>("b => getComputedStyle(b).overflowX"));
    }

    [ServiceFact(Service.Chromium)]
    public async Task A_product_page_keeps_the_buy_buttons_on_screen_and_its_tabs_scroll()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/goods/1");
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
        foreach (var selector in new[] { ".buy-bar .add-to-cart", ".buy-bar .btn-buy-now" })
        {
            var box = await page.Locator(selector).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 844, $"{selector} is on the first screen");
        }
        await page.Mouse.WheelAsync(0, 1500);
        await page.WaitForFunctionAsync("() => window.scrollY > 1000");
        var after = await page.Locator(".buy-bar .add-to-cart").BoundingBoxAsync();
        Assert.True(after!.Y + after.Height <= 844, "the buy bar stays at the bottom while scrolling");

        var tabs = page.Locator(".product-tabs .tabs");
        Assert.Equal("auto", await tabs.EvaluateAsync<string>("t => getComputedStyle(t).overflowX"));
        Assert.True(await page.Locator(".tabs-hint").IsVisibleAsync());
    }

    [ServiceFact(Service.Chromium)]
    public async Task The_phone_category_menu_reaches_the_third_level()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/");
        var leaf = page.Locator(".channel-group").First.Locator(".mega dd a").First;
        Assert.False(await leaf.IsVisibleAsync());
        await page.ClickAsync("label.nav-toggle-label");
        await page.Locator("label.group-toggle-label").First.ClickAsync();
        await Assertions.Expect(leaf).ToBeVisibleAsync();
        var href = await leaf.GetAttributeAsync("href");
        await leaf.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(href!));
        await Assertions.Expect(page.Locator(".list-page h1")).ToBeVisibleAsync();
    }
}
