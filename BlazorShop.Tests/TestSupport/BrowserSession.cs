using Microsoft.Playwright;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), headless, one context per test.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright _playwright = default!;
    public IBrowser Browser { get; private set; } = default!;

    public static async Task<BrowserSession> StartAsync()
    {
        var session = new BrowserSession { _playwright = await Playwright.CreateAsync() };
        session.Browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServices.Require(TestServices.Chromium, "BLAZORSHOP_TEST_CHROMIUM"),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        return session;
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, int height = 900, string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Prerendered HTML is inert until the circuit connects: wait for a component's interactive marker.</summary>
    public static Task WaitInteractiveAsync(IPage page, string selector = "[data-interactive=true]") =>
        page.Locator(selector).First.WaitForAsync();

    /// <summary>
    /// Starts noting (browser clock, ms) when the element's text first contains <paramref name="text"/>, to report how
    /// long a change took to reach the screen; read it with <see cref="TextAppearedAtAsync"/>.
    /// </summary>
    public static Task WatchForTextAsync(IPage page, string selector, string text) => page.EvaluateAsync("""
        ([selector, text]) => { window.__textAt = null; const el = document.querySelector(selector);
            new MutationObserver(() => { if (!window.__textAt && el.textContent.includes(text)) window.__textAt = Date.now(); })
              .observe(el, { subtree: true, childList: true, characterData: true }); }
        """, new[] { selector, text });

    public static Task<long> TextAppearedAtAsync(IPage page) => page.EvaluateAsync<long>("() => window.__textAt");

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
