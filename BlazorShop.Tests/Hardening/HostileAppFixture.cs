using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Hardening;

/// <summary>
/// One app for the fuzz pass, accepting any Host header (AllowedHosts=*), so the tests can check that a hostile
/// Host is never echoed into the page even when host filtering is off.
/// </summary>
public sealed class HostileAppFixture : IAsyncLifetime
{
    public ShopAppFactory Factory { get; } = new();
    public int CategoryId { get; private set; }
    public long SkuId { get; private set; }

    public async Task InitializeAsync()
    {
        Factory.Settings["AllowedHosts"] = "*";
        Factory.StartServer();
        await using var db = Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        // The category with the most goods, so its list page has a pager (the links a Host header could leak into).
        CategoryId = await db.Skus.Where(s => s.IsLaunched).GroupBy(s => s.Spu!.Category3Id)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        SkuId = await db.Skus.Where(s => s.IsLaunched).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    public string Resolve(string url) => url.Replace("{category}", CategoryId.ToString()).Replace("{sku}", SkuId.ToString());

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
}
