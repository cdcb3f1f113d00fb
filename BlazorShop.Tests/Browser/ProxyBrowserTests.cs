using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>
/// The deploy/nginx configuration docker-compose runs, on loopback with Debian's nginx in front of two app
/// processes sharing PostgreSQL, Redis and S3: it passes nginx -t, a page loads through it, the circuit connects
/// over the upgraded WebSocket, and a change made on the other instance reaches that page.
/// </summary>
public class ProxyBrowserTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [ServiceFact(Service.Nginx)]
    public async Task The_compose_nginx_configuration_passes_nginx_t()
    {
        var (prefix, config) = NginxProxy.Render(8080, new Uri("http://127.0.0.1:5001"), new Uri("http://127.0.0.1:5002"));
        try
        {
            var (code, text) = await NginxProxy.TestConfigAsync(prefix, config);
            Assert.True(code == 0, text);
            Assert.Contains("test is successful", text);
        }
        finally { Directory.Delete(prefix, recursive: true); }
    }

    [ServiceFact(Service.Postgres, Service.Redis, Service.S3, Service.Chromium, Service.Nginx)]
    public async Task Through_nginx_a_page_connects_and_hears_a_change_made_on_the_other_instance()
    {
        await using var stack = await ProductionStack.CreateAsync();
        await using var instanceA = stack.NewInstance().UseRealServer();
        instanceA.InstanceName = "A";
        var addressA = instanceA.ServerAddress; // A migrates and seeds first
        await using var instanceB = stack.NewInstance().UseRealServer();
        instanceB.InstanceName = "B";
        var addressB = instanceB.ServerAddress;
        await using var nginx = await NginxProxy.StartAsync(addressA, addressB);

        long skuId;
        await using (var db = instanceA.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            skuId = await db.Skus.Where(s => s.IsLaunched && s.Stock > 10).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(nginx.Address);
        var sockets = new List<IWebSocket>();
        page.WebSocket += (_, socket) => { lock (sockets) sockets.Add(socket); };
        var response = await page.GotoAsync($"/goods/{skuId}");
        Assert.NotNull(response);
        Assert.Equal(200, response!.Status);
        var served = await response.HeaderValueAsync("x-test-instance");
        Assert.True(served is "A" or "B", $"served by {served}");
        Assert.Equal("nginx", await response.HeaderValueAsync("server")); // no version (server_tokens off), no Kestrel
        await BrowserSession.WaitInteractiveAsync(page, ".buy-box[data-interactive=true]");
        output.WriteLine($"page served by instance {served} through nginx {nginx.Address}");

        // The circuit runs over a WebSocket through nginx (the Upgrade went through; no long-polling fallback).
        lock (sockets)
            Assert.Contains(sockets, s => s.Url.StartsWith($"ws://127.0.0.1:{nginx.Address.Port}/_blazor") && !s.IsClosed);

        // Change the SKU on the OTHER instance: the event crosses Redis to the one holding the circuit.
        var other = served == "A" ? instanceB : instanceA;
        await BrowserSession.WatchForTextAsync(page, ".buy-row", "仅剩 3 件");
        await other.Services.GetRequiredService<SkuEditor>().UpdateAsync(skuId, new SkuEdit(Stock: 3, Price: 55.50m));
        await Assertions.Expect(page.Locator(".buy-row .stock")).ToHaveTextAsync("仅剩 3 件");
        await Assertions.Expect(page.Locator(".price-box .price.big")).ToHaveTextAsync(Display.Money(55.50m));
        Assert.DoesNotContain("[error]", File.Exists(nginx.ErrorLog) ? await File.ReadAllTextAsync(nginx.ErrorLog) : "");
    }
}
