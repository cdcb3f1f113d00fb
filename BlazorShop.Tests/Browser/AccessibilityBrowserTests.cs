using BlazorShop.Tests.TestSupport;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>axe-core finds no serious or critical accessibility problem on the storefront pages.</summary>
public class AccessibilityBrowserTests(LiveApp live, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<LiveApp>
{
    [ServiceTheory(Service.Chromium)]
    [InlineData("/")]
    [InlineData("/list/1?sort=price")]
    [InlineData("/goods/1")]
    [InlineData("/goods/1/reviews?score=good")]
    [InlineData("/search?q=%E5%86%B0%E7%AE%B1")]
    [InlineData("/login")]
    [InlineData("/register")]
    [InlineData("/forgot-password")]
    [InlineData("/about")]
    [InlineData("/cart")]
    [InlineData("/search?q=zzqqxxjj")]
    public async Task Page_has_no_serious_accessibility_violations(string path) => await CheckAsync(path, 1280, 900);

    /// <summary>The phone layout (drawer, sticky buy bar, menu toggles) is checked too.</summary>
    [ServiceTheory(Service.Chromium)]
    [InlineData("/")]
    [InlineData("/list/1")]
    [InlineData("/goods/1")]
    [InlineData("/goods/1/reviews")]
    [InlineData("/search?q=%E5%86%B0%E7%AE%B1")]
    [InlineData("/about")]
    public async Task Phone_page_has_no_serious_accessibility_violations(string path) => await CheckAsync(path, 390, 844);

    private async Task CheckAsync(string path, int width, int height)
    {
        var page = await live.Browser.NewPageAsync(live.Address, width, height);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var v in serious)
            output.WriteLine($"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target)))}");
        Assert.Empty(serious.Select(v => v.Id));
    }
}
