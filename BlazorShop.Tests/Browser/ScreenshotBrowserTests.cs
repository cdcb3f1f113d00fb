using BlazorShop.Tests.TestSupport;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>
/// Each main page at a phone (390×844) and a desktop (1366×800) width renders without running off the side and is
/// photographed (first screen). The pictures go to a temporary folder, or to <c>BLAZORSHOP_SCREENSHOTS</c> when set:
/// <c>BLAZORSHOP_SCREENSHOTS=$PWD/docs/screenshots dotnet test --filter ScreenshotBrowserTests</c> refreshes the
/// README's screenshots.
/// </summary>
public class ScreenshotBrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"), ("list", "/list/1"), ("search", "/search?q=%E5%86%B0%E7%AE%B1"), ("search-empty", "/search?q=zzqqxxjj"),
        ("product", "/goods/1"), ("cart", "/cart"), ("login", "/login"), ("register", "/register"), ("about", "/about"),
    ];

    private static string Folder()
    {
        var folder = Environment.GetEnvironmentVariable("BLAZORSHOP_SCREENSHOTS") is { Length: > 0 } configured
            ? configured : Path.Combine(Path.GetTempPath(), "blazorshop-screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [ServiceTheory(Service.Chromium)]
    [InlineData(390, 844, "phone")]
    [InlineData(1366, 800, "desktop")]
    public async Task Main_pages_fit_the_screen_and_are_photographed(int width, int height, string label)
    {
        var folder = Folder();
        var page = await live.Browser.NewPageAsync(live.Address, width, height);
        foreach (var (name, path) in Pages)
            await ShootAsync(page, path, Path.Combine(folder, $"{name}-{label}.png"));

        // The user centre, signed in.
        await page.GotoAsync("/login");
        await page.FillAsync("input[name='Input.Account']", "demo");
        await page.FillAsync("input[name='Input.Password']", TestAccounts.ShopperPassword);
        await page.ClickAsync("form:has(input[name='Input.Password']) button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login"));
        await ShootAsync(page, "/account", Path.Combine(folder, $"account-{label}.png"));
        await ShootAsync(page, "/account/addresses", Path.Combine(folder, $"addresses-{label}.png"));
    }

    private static async Task ShootAsync(IPage page, string path, string file)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is an empty picture");
    }
}
