using BlazorShop.Features.Admin.Goods;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin;

/// <summary>SPUs: specifications and options, SKUs for every missing combination, and brand/category changes copied to the SKUs.</summary>
[Collection("admin")]
public class SpuEditorTests(AdminApps apps)
{
    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Generates_one_sku_per_missing_option_combination(string provider)
    {
        var app = await apps.GetAsync(provider);
        var spus = app.Services.GetRequiredService<AdminSpuService>();
        var admin = AdminPeople.Admin();
        var (brand, category) = await PickAsync(app);

        var saved = await spus.SaveAsync(admin, new SpuInput { Name = "测试冰箱" + Guid.NewGuid().ToString("N")[..4], BrandId = brand, Category3Id = category });
        Assert.True(saved.Saved);
        var id = saved.Id!.Value;
        Assert.Null(await spus.AddSpecificationAsync(admin, id, "颜色"));
        Assert.Null(await spus.AddSpecificationAsync(admin, id, "容量"));
        Assert.NotNull(await spus.AddSpecificationAsync(admin, id, "颜色")); // duplicate
        var specs = (await spus.GetAsync(admin, id))!.Specs;
        foreach (var colour in new[] { "白", "银" }) Assert.Null(await spus.AddOptionAsync(admin, specs[0].Id, colour));
        foreach (var size in new[] { "300升", "400升", "500升" }) Assert.Null(await spus.AddOptionAsync(admin, specs[1].Id, size));

        Assert.Equal(6, await spus.GenerateSkusAsync(admin, id, 1999m, 5));
        var detail = (await spus.GetAsync(admin, id))!;
        Assert.Equal(6, detail.Skus.Count);
        // Every SKU has one option of each specification, and no two SKUs have the same pair.
        var options = detail.Specs.Select(s => s.Options.Select(o => o.Id).ToHashSet()).ToList();
        Assert.All(detail.Skus, s => Assert.True(s.OptionIds.Count == 2 && options.All(o => s.OptionIds.Count(o.Contains) == 1)));
        Assert.Equal(6, detail.Skus.Select(s => string.Join(",", s.OptionIds.Order())).Distinct().Count());
        Assert.Contains(detail.Skus, s => s.Name.EndsWith("银 400升", StringComparison.Ordinal));
        Assert.All(detail.Skus, s => Assert.True(s is { Price: 1999m, Stock: 5, IsLaunched: false }));
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            Assert.All(await db.Skus.Where(s => s.SpuId == id).ToListAsync(), s => Assert.True(s.BrandId == brand && s.CategoryId == category));

        // Nothing new to make; a new option makes only its combinations; an option in use can't be removed.
        Assert.Equal(0, await spus.GenerateSkusAsync(admin, id, 1999m, 5));
        Assert.Null(await spus.AddOptionAsync(admin, specs[0].Id, "金"));
        Assert.Equal(3, await spus.GenerateSkusAsync(admin, id, 2099m, 1));
        Assert.Equal(9, (await spus.GetAsync(admin, id))!.Skus.Count);
        Assert.NotNull(await spus.RemoveOptionAsync(admin, detail.Specs[0].Options[0].Id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => spus.GenerateSkusAsync(admin, id, -1m, 5));
    }

    [Fact]
    public async Task A_brand_or_category_change_reaches_the_skus_and_is_announced()
    {
        var app = await apps.GetAsync();
        var spus = app.Services.GetRequiredService<AdminSpuService>();
        var admin = AdminPeople.Admin();
        var (brand, category) = await PickAsync(app);
        var id = (await spus.SaveAsync(admin, new SpuInput { Name = "测试洗衣机", BrandId = brand, Category3Id = category })).Id!.Value;
        var spec = await spus.AddSpecificationAsync(admin, id, "颜色");
        await spus.AddOptionAsync(admin, (await spus.GetAsync(admin, id))!.Specs[0].Id, "白");
        Assert.Equal(1, await spus.GenerateSkusAsync(admin, id, 10m, 1));

        int otherBrand, otherCategory;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
        {
            otherBrand = await db.Brands.Where(b => b.Id != brand).Select(b => b.Id).FirstAsync();
            otherCategory = await db.Categories.Where(c => c.Level == 3 && c.Id != category).Select(c => c.Id).FirstAsync();
        }
        var announced = new TaskCompletionSource<CatalogStructureChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Services.GetRequiredService<IEventBus>().Subscribe<CatalogStructureChanged>(e => { announced.TrySetResult(e); return Task.CompletedTask; });
        Assert.True((await spus.SaveAsync(admin, new SpuInput { Id = id, Name = "测试洗衣机", BrandId = otherBrand, Category3Id = otherCategory })).Saved);
        await announced.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await using var check = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var sku = await check.Skus.AsNoTracking().SingleAsync(s => s.SpuId == id);
        Assert.Equal((otherBrand, otherCategory), (sku.BrandId, sku.CategoryId));
        var stored = await check.Spus.AsNoTracking().SingleAsync(s => s.Id == id);
        var parent = await check.Categories.Where(c => c.Id == otherCategory).Select(c => c.ParentId).SingleAsync();
        Assert.Equal(parent, stored.Category2Id);

        // A level-1 category or an unknown brand is refused.
        var level1 = await check.Categories.Where(c => c.Level == 1).Select(c => c.Id).FirstAsync();
        var refused = await spus.SaveAsync(admin, new SpuInput { Id = id, Name = "测试洗衣机", BrandId = -5, Category3Id = level1 });
        Assert.False(refused.Saved);
        Assert.Contains("BrandId", refused.Errors.Keys);
        Assert.Contains("Category3Id", refused.Errors.Keys);
        Assert.Null(spec);
    }

    private static async Task<(int Brand, int Category)> PickAsync(ShopAppFactory app)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return (await db.Brands.Select(b => b.Id).FirstAsync(), await db.Categories.Where(c => c.Level == 3).Select(c => c.Id).FirstAsync());
    }
}
