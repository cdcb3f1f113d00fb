using BlazorShop.Domain;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin.Goods;

/// <summary>
/// The category tree editor: three levels at most, deletion refused while a category has subcategories or goods,
/// moves that keep the goods' paths right, renames that search follows, every change announced to menus and caches.
/// </summary>
[Collection("admin")]
public class CategoryTreeTests(AdminApps apps)
{
    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Three_levels_at_most_and_no_deleting_a_category_with_children_or_goods(string provider)
    {
        var app = await apps.GetAsync(provider);
        var categories = app.Services.GetRequiredService<AdminCategoryService>();
        var admin = AdminPeople.Admin();
        var (l1, l2, l3) = await NewTreeAsync(app, categories);

        Assert.Equal([1, 2, 3], (await categories.TreeAsync(admin)).Where(r => r.Id == l1 || r.Id == l2 || r.Id == l3).Select(r => r.Level));
        Assert.NotNull(await categories.AddAsync(admin, l3, "第四级"));                       // a fourth level
        Assert.NotNull(await categories.AddAsync(admin, l2, ""));                             // no name
        Assert.NotNull(await categories.AddAsync(admin, l2, new string('长', 21)));           // too long
        Assert.NotNull(await categories.AddAsync(admin, l2, (await NameOfAsync(app, l3))));   // a sibling's name
        Assert.NotNull(await categories.AddAsync(admin, int.MaxValue, "无父"));
        Assert.DoesNotContain(await categories.TreeAsync(admin), r => r.ParentId == l3);

        // Children: refused, with the reason; goods: refused; an empty leaf goes.
        Assert.Equal("该分类下还有子分类，不能删除", await categories.DeleteAsync(admin, l1));
        var skuId = await NewSkuAsync(app, l3, "删除测试");
        Assert.Equal("该分类下还有商品，不能删除", await categories.DeleteAsync(admin, l3));
        Assert.Null(await categories.AddAsync(admin, l2, "空分类"));
        var empty = (await categories.TreeAsync(admin)).Single(r => r.ParentId == l2 && r.Name == "空分类").Id;
        Assert.Null(await categories.DeleteAsync(admin, empty));
        Assert.DoesNotContain(await categories.TreeAsync(admin), r => r.Id == empty);
        await using var db = Db(app);
        Assert.True(await db.Skus.AnyAsync(s => s.Id == skuId));
    }

    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task A_move_keeps_the_goods_paths_right_and_never_breaks_the_level_rules(string provider)
    {
        var app = await apps.GetAsync(provider);
        var categories = app.Services.GetRequiredService<AdminCategoryService>();
        var admin = AdminPeople.Admin();
        var (a1, a2, a3) = await NewTreeAsync(app, categories);
        var (b1, b2, _) = await NewTreeAsync(app, categories);
        var skuId = await NewSkuAsync(app, a3, "移动测试");

        Assert.NotNull(await categories.MoveAsync(admin, a2, b2));          // a2's children would be level 4
        Assert.NotNull(await categories.MoveAsync(admin, a1, a3));          // under its own subtree
        Assert.NotNull(await categories.MoveAsync(admin, a3, null));        // goods would be on level 1
        Assert.NotNull(await categories.MoveAsync(admin, a3, b1));          // goods would be on level 2
        var announced = new TaskCompletionSource<CatalogStructureChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Services.GetRequiredService<IEventBus>().Subscribe<CatalogStructureChanged>(e => { announced.TrySetResult(e); return Task.CompletedTask; });

        // A level-3 category with goods moves to another level-2 parent: the SPU's path follows.
        Assert.Null(await categories.MoveAsync(admin, a3, b2));
        await announced.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using (var db = Db(app))
        {
            var spu = await db.Spus.AsNoTracking().SingleAsync(s => s.Skus.Any(k => k.Id == skuId));
            Assert.Equal((b1, b2, a3), (spu.Category1Id, spu.Category2Id, spu.Category3Id));
            Assert.Equal(3, (await db.Categories.AsNoTracking().SingleAsync(c => c.Id == a3)).Level);
        }
        // A level-2 category moves to another level-1 parent: the SPU's level-1 copy follows.
        Assert.Null(await categories.MoveAsync(admin, b2, a1));
        await using (var db = Db(app))
        {
            var spu = await db.Spus.AsNoTracking().SingleAsync(s => s.Skus.Any(k => k.Id == skuId));
            Assert.Equal((a1, b2, a3), (spu.Category1Id, spu.Category2Id, spu.Category3Id));
        }
        // An empty level-2 category may become level 3, and an empty level-1 one with a child may become level 2.
        Assert.Null(await categories.MoveAsync(admin, a2, b2));
        Assert.Equal(3, (await categories.TreeAsync(admin)).Single(r => r.Id == a2).Level);
        Assert.Null(await categories.MoveAsync(admin, a2, b1));
        Assert.Null(await categories.MoveAsync(admin, b1, a1));
        var tree = await categories.TreeAsync(admin);
        Assert.Equal((2, 3), (tree.Single(r => r.Id == b1).Level, tree.Single(r => r.Id == a2).Level));
        Assert.All(tree, r => Assert.InRange(r.Level, 1, 3));

        // Order among siblings.
        var first = tree.First(r => r.ParentId == a1).Id;
        Assert.False(await categories.ShiftAsync(admin, first, -1));
        Assert.True(await categories.ShiftAsync(admin, first, 1));
        Assert.NotEqual(first, (await categories.TreeAsync(admin)).First(r => r.ParentId == a1).Id);
    }

    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Search_finds_the_goods_by_the_new_name_of_their_category(string provider)
    {
        var app = await apps.GetAsync(provider);
        var categories = app.Services.GetRequiredService<AdminCategoryService>();
        var search = app.Services.GetRequiredService<ISearchService>();
        var admin = AdminPeople.Admin();
        var (_, _, l3) = await NewTreeAsync(app, categories);
        var skuId = await NewSkuAsync(app, l3, "改名测试");
        var word = "Qux" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray()).ToLowerInvariant() + "zz";

        Assert.Null(await categories.RenameAsync(admin, l3, word));
        await WaitForAsync(async () => (await search.SearchAsync(new SearchRequest(word))).Items.Any(i => i.Id == skuId));
    }

    private static ShopDbContext Db(ShopAppFactory app) => app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();

    private static async Task<string> NameOfAsync(ShopAppFactory app, int id)
    {
        await using var db = Db(app);
        return (await db.Categories.AsNoTracking().SingleAsync(c => c.Id == id)).Name;
    }

    /// <summary>A new branch of three levels (unique names), through the editor.</summary>
    internal static async Task<(int L1, int L2, int L3)> NewTreeAsync(ShopAppFactory app, AdminCategoryService categories)
    {
        var admin = AdminPeople.Admin();
        var tag = Guid.NewGuid().ToString("N")[..6];
        Assert.Null(await categories.AddAsync(admin, null, "一级" + tag));
        var l1 = (await categories.TreeAsync(admin)).Single(r => r.Name == "一级" + tag).Id;
        Assert.Null(await categories.AddAsync(admin, l1, "二级" + tag));
        var l2 = (await categories.TreeAsync(admin)).Single(r => r.Name == "二级" + tag).Id;
        Assert.Null(await categories.AddAsync(admin, l2, "三级" + tag));
        var l3 = (await categories.TreeAsync(admin)).Single(r => r.Name == "三级" + tag).Id;
        return (l1, l2, l3);
    }

    /// <summary>An SPU with one launched SKU under the level-3 category.</summary>
    internal static async Task<long> NewSkuAsync(ShopAppFactory app, int level3, string name, int? brandId = null)
    {
        await using var db = Db(app);
        var c3 = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == level3);
        var c2 = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == c3.ParentId);
        var brand = brandId ?? await db.Brands.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        var spu = new Spu { Name = name, BrandId = brand, Category1Id = c2.ParentId!.Value, Category2Id = c2.Id, Category3Id = c3.Id };
        spu.Skus.Add(new Sku { Name = name, CategoryId = c3.Id, BrandId = brand, Price = 9.9m, MarketPrice = 9.9m, Stock = 5, IsLaunched = true });
        db.Spus.Add(spu);
        await db.SaveChangesAsync();
        return spu.Skus[0].Id;
    }

    internal static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.True(await condition());
    }
}
