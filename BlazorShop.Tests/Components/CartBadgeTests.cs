using System.Security.Claims;
using BlazorShop.Components.Shared;
using BlazorShop.Domain;
using BlazorShop.Features.Cart;
using BlazorShop.Features.Live;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorShop.Tests.Components;

/// <summary>The header's cart count reads the user's server-side cart and follows CartChanged events live.</summary>
public class CartBadgeTests : ShimTestContext, IAsyncLifetime
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

    private Bunit.IRenderedComponent<CartBadge> RenderFor(long? userId)
    {
        var principal = userId is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()!)], "test"));
        var auth = Task.FromResult(new AuthenticationState(principal));
        return RenderComponent<CartBadge>(p => p.AddCascadingValue(auth));
    }

    [Fact]
    public void Shows_the_signed_in_users_item_count()
    {
        var cut = RenderFor(_userId);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".count").TextContent));
    }

    [Fact]
    public void Guests_see_zero()
    {
        var cut = RenderFor(null);
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find(".count").TextContent));
    }

    [Fact]
    public async Task Updates_live_when_the_cart_changes_elsewhere()
    {
        var cut = RenderFor(_userId);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".count").TextContent));

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
