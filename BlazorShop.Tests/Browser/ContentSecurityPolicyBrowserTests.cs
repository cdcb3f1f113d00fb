using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>The CSP fits the app: Chromium reports no violation on the main pages, and the circuit still connects.</summary>
public class ContentSecurityPolicyBrowserTests
{
    [ServiceFact(Service.Chromium)]
    public async Task No_page_violates_the_content_security_policy()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        var address = app.ServerAddress;
        long skuId;
        int categoryId;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
        {
            skuId = await db.Skus.Where(s => s.IsLaunched).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            categoryId = await db.Skus.Where(s => s.IsLaunched).Select(s => s.Spu!.Category3Id).FirstAsync();
        }

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(address);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation',
              e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
            """);

        foreach (var (path, interactive) in new[]
        {
            ("/", (string?)null), ($"/list/{categoryId}", null), ($"/goods/{skuId}", ".buy-box[data-interactive=true]"),
            ("/search?q=%E5%86%B0%E7%AE%B1", ".list-main .sku-grid[data-interactive=true]"), ("/login", null),
        })
        {
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "");
            if (interactive is not null) await BrowserSession.WaitInteractiveAsync(page, interactive);
            var violations = await page.EvaluateAsync<string[]>("() => window.__csp || []");
            Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
        }
        lock (errors) Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy"));

        // The policy is enforced (and the detector above works): an injected inline script is blocked.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.body.appendChild(s); }");
        await page.WaitForFunctionAsync("() => (window.__csp || []).length > 0");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__injected"));
    }
}
