using BlazorShop.Tests.TestSupport;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>
/// Every control a shopper can tap is big enough: ≥ 44×44 CSS px on a phone (390×844, WCAG 2.5.5) and ≥ 24×24 on a
/// desktop (2.5.8). Measured in Chromium over every visible a, button, input, select, textarea, label[for],
/// [role=button] and summary. The one documented exception is WCAG's own: a text link inside a sentence of a
/// paragraph (its size is set by the line of text around it).
/// </summary>
public class TapTargetBrowserTests(LiveApp live, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<LiveApp>
{
    public const int Phone = 44, Desktop = 24;

    /// <summary>Lists the controls smaller than <paramref name="min"/> (tag, classes, text, size), none if all are big enough.</summary>
    public static Task<string[]> SmallTargetsAsync(IPage page, int min) => page.EvaluateAsync<string[]>("""
        min => {
          const out = [];
          const selector = 'a, button, input:not([type=hidden]), select, textarea, label[for], [role=button], summary';
          for (const el of document.querySelectorAll(selector)) {
            const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
            // Not a target: not rendered, invisible, clipped to a pixel (a visually hidden input whose label is
            // the target), not clickable, or placed off the page (the hidden default-submit button).
            if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.opacity === '0' || cs.pointerEvents === 'none') continue;
            if (r.width <= 1 && r.height <= 1) continue;
            if (r.right <= 0 || r.bottom <= 0) continue;
            if (el.closest('[aria-hidden=true], [hidden]') && !el.matches('label[for]')) continue;
            // WCAG's inline exception: a link inside a sentence of a paragraph.
            const p = el.tagName === 'A' ? el.closest('p') : null;
            if (p && p.textContent.trim().length > el.textContent.trim().length + 2) continue;
            if (r.width + 0.5 < min || r.height + 0.5 < min) {
              const name = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 24);
              out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
            }
          }
          return out;
        }
        """, min);

    private async Task AssertTargetsAsync(IPage page, int min, string what)
    {
        var small = await SmallTargetsAsync(page, min);
        foreach (var s in small) output.WriteLine($"{what}: {s}");
        Assert.True(small.Length == 0, $"{what}: {small.Length} controls smaller than {min}×{min}: {string.Join("; ", small.Take(12))}");
        // Nothing runs off the side of a phone screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways");
    }

    public static TheoryData<string> PublicPages => new()
    {
        "/", "/list/1", "/list/1?sort=price", "/search?q=%E5%86%B0%E7%AE%B1", "/search?q=zzqqxxjj", "/goods/1", "/goods/1/reviews", "/cart",
        "/login", "/register", "/forgot-password", "/about",
    };

    [ServiceTheory(Service.Chromium)]
    [MemberData(nameof(PublicPages))]
    public async Task Every_control_is_at_least_44_px_on_a_phone(string path)
    {
        var page = await live.Browser.NewPageAsync(live.Address, width: 390, height: 844);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertTargetsAsync(page, Phone, path);
    }

    [ServiceTheory(Service.Chromium)]
    [MemberData(nameof(PublicPages))]
    public async Task Every_control_is_at_least_24_px_on_a_desktop(string path)
    {
        var page = await live.Browser.NewPageAsync(live.Address, width: 1366, height: 800);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertTargetsAsync(page, Desktop, path);
    }

    [ServiceFact(Service.Chromium)]
    public async Task The_open_phone_menu_and_filter_drawer_have_big_targets_too()
    {
        var page = await live.Browser.NewPageAsync(live.Address, width: 390, height: 844);
        await page.GotoAsync("/search?q=%E5%86%B0%E7%AE%B1");
        await page.ClickAsync("label.nav-toggle-label");
        await page.ClickAsync("label.group-toggle-label >> nth=0");
        await AssertTargetsAsync(page, Phone, "open category menu");
        await page.ClickAsync("label.nav-toggle-label");
        await page.ClickAsync("label.filter-button");
        await AssertTargetsAsync(page, Phone, "open filter drawer");
    }

    [ServiceFact(Service.Chromium)]
    public async Task The_user_centre_has_big_targets_on_a_phone()
    {
        var page = await live.Browser.NewPageAsync(live.Address, width: 390, height: 844);
        await page.GotoAsync("/login");
        await page.FillAsync("input[name='Input.Account']", "demo");
        await page.FillAsync("input[name='Input.Password']", TestAccounts.ShopperPassword);
        await page.ClickAsync("form:has(input[name='Input.Password']) button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login"));
        foreach (var path in new[] { "/account", "/account/addresses", "/account/addresses/new", "/account/avatar", "/account/balance",
                     "/account/history", "/account/email", "/account/password", "/account/messages", "/goods/1", "/cart" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertTargetsAsync(page, Phone, path);
        }
    }
}
