using System.Security.Claims;
using BlazorShop.Components.Shared;
using BlazorShop.Domain;
using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorShop.Tests.Components.Shared;

/// <summary>The header's cart count (an island): shows the count the page was rendered with and follows CartChanged live.</summary>
public class CartCountTests : ShimTestContext, IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"bs-badge-{Guid.NewGuid():N}.db");
    private readonly InProcessEventBus _bus = new(NullLogger<InProcessEventBus>.Instance);
    private IDbContextFactory<ShopDbContext> _contexts = default!;
    private long _userId, _skuId;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddDbContextFactory<SqliteShopDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={_file};Pooling=False"));
        var provider = services.BuildServiceProvider();
        var sqlite = provider.GetRequiredService<IDbContextFactory<SqliteShopDbContext>>();
        _contexts = new Factory(sqlite);
        await using var db = _contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        var category = new Category { Name = "手机", Level = 1 };
        var brand = new Brand { Name = "华为", FirstLetter = "H" };
        var user = new ShopUser { UserName = "badge" };
        db.AddRange(category, brand, user);
        await db.SaveChangesAsync();
        var spu = new Spu { Name = "P", BrandId = brand.Id, Category1Id = category.Id, Category2Id = category.Id, Category3Id = category.Id };
        db.Add(spu);
        await db.SaveChangesAsync();
        var sku = new Sku { Name = "P 黑", SpuId = spu.Id, CategoryId = category.Id, BrandId = brand.Id, Price = 10, Stock = 10 };
        db.Add(sku);
        await db.SaveChangesAsync();
        db.Add(new CartItem { UserId = user.Id, SkuId = sku.Id, Count = 2 });
        await db.SaveChangesAsync();
        (_userId, _skuId) = (user.Id, sku.Id);

        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<IEventBus>(_bus);
        Services.AddSingleton(new CartSummaryService(_contexts));
    }

    private sealed class Factory(IDbContextFactory<SqliteShopDbContext> inner) : IDbContextFactory<ShopDbContext>
    {
        public ShopDbContext CreateDbContext() => inner.CreateDbContext();
    }

    private Bunit.IRenderedComponent<CartCount> RenderFor(long? userId, int count)
    {
        var principal = userId is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()!)], "test"));
        var auth = Task.FromResult(new AuthenticationState(principal));
        return RenderComponent<CartCount>(p => p.Add(c => c.Count, count).AddCascadingValue(auth));
    }

    [Fact]
    public void Shows_the_count_the_page_was_rendered_with_and_caps_it_at_99_plus()
    {
        Assert.Equal("2", RenderFor(_userId, 2).Find(".count").TextContent);
        Assert.Equal("99+", RenderFor(_userId, 120).Find(".count").TextContent);
    }

    [Fact]
    public async Task A_guest_count_ignores_other_shoppers_cart_changes()
    {
        var cut = RenderFor(null, 0);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".count").GetAttribute("data-interactive")));
        await _bus.PublishAsync(new CartChanged(_userId));
        await Task.Delay(200);
        Assert.Equal("0", cut.Find(".count").TextContent);
    }

    [Fact]
    public async Task Updates_live_when_the_cart_changes_elsewhere()
    {
        var cut = RenderFor(_userId, 2);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".count").GetAttribute("data-interactive")));

        await using (var db = _contexts.CreateDbContext())
        {
            await db.CartItems.Where(c => c.UserId == _userId && c.SkuId == _skuId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, 5));
        }
        await _bus.PublishAsync(new CartChanged(_userId));

        cut.WaitForAssertion(() => Assert.Equal("5", cut.Find(".count").TextContent), TimeSpan.FromSeconds(5));
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }
}
