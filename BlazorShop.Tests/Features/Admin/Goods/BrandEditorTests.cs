using BlazorShop.Features.Admin.Goods;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.Features.Accounts.Avatar;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin.Goods;

/// <summary>
/// The brand editor: names, first letters and aliases checked; an alias kept in the database makes search find the
/// brand's goods (and stops when removed), a rename is followed by search; logos checked by content; deletion only
/// of a brand without goods; every change announced.
/// </summary>
[Collection("admin")]
public class BrandEditorTests(AdminApps apps)
{
    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task An_alias_makes_search_find_the_brand_and_a_rename_is_followed(string provider)
    {
        var app = await apps.GetAsync(provider);
        var brands = app.Services.GetRequiredService<AdminBrandService>();
        var categories = app.Services.GetRequiredService<AdminCategoryService>();
        var search = app.Services.GetRequiredService<ISearchService>();
        var admin = AdminPeople.Admin();
        var name = "Brando" + Letters(5);
        var saved = await brands.SaveAsync(admin, new BrandInput { Name = name, FirstLetter = "b" });
        Assert.True(saved.Saved);
        var (_, _, l3) = await CategoryTreeTests.NewTreeAsync(app, categories);
        var skuId = await CategoryTreeTests.NewSkuAsync(app, l3, "别名测试商品", saved.Id);
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, name, skuId));

        var alias = "zorb" + Letters(6);
        Assert.False(await FindsAsync(search, alias, skuId));
        var announced = new TaskCompletionSource<CatalogStructureChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (app.Services.GetRequiredService<IEventBus>().Subscribe<CatalogStructureChanged>(e => { announced.TrySetResult(e); return Task.CompletedTask; }))
        {
            Assert.True((await brands.SaveAsync(admin, new BrandInput { Id = saved.Id!.Value, Name = name, FirstLetter = "B", Aliases = $"{alias}，奇异牌" })).Saved);
            await announced.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        Assert.Equal([alias, "奇异牌"], (await brands.ListAsync(admin)).Single(b => b.Id == saved.Id).Aliases);
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, alias, skuId));
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, "奇异牌", skuId));

        // Alias removed: no longer found by it. Renamed: found by the new name (the SKUs were re-indexed).
        var renamed = "Renamo" + Letters(5);
        Assert.True((await brands.SaveAsync(admin, new BrandInput { Id = saved.Id.Value, Name = renamed, FirstLetter = "R", Aliases = "奇异牌" })).Saved);
        await CategoryTreeTests.WaitForAsync(async () => !await FindsAsync(search, alias, skuId));
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, renamed, skuId));
        // The vocabulary (alias → brand name) follows on its own event: the alias finds the renamed brand once it has.
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, "奇异牌", skuId));
    }

    [Fact]
    public async Task Bad_names_letters_and_aliases_are_refused_with_their_field()
    {
        var app = await apps.GetAsync();
        var brands = app.Services.GetRequiredService<AdminBrandService>();
        var admin = AdminPeople.Admin();
        var first = await brands.SaveAsync(admin, new BrandInput { Name = "甲牌" + Letters(4), FirstLetter = "J", Aliases = "jiapai" + Letters(3) });
        Assert.True(first.Saved);
        var firstRow = (await brands.ListAsync(admin)).Single(b => b.Id == first.Id);

        Assert.Contains("Name", (await brands.SaveAsync(admin, new BrandInput { Name = " ", FirstLetter = "A" })).Errors.Keys);
        Assert.Contains("Name", (await brands.SaveAsync(admin, new BrandInput { Name = new string('名', 21), FirstLetter = "A" })).Errors.Keys);
        Assert.Contains("Name", (await brands.SaveAsync(admin, new BrandInput { Name = firstRow.Name, FirstLetter = "A" })).Errors.Keys);
        Assert.Contains("FirstLetter", (await brands.SaveAsync(admin, new BrandInput { Name = "乙牌", FirstLetter = "甲" })).Errors.Keys);
        Assert.Contains("FirstLetter", (await brands.SaveAsync(admin, new BrandInput { Name = "乙牌", FirstLetter = "AB" })).Errors.Keys);
        Assert.Contains("Aliases", (await brands.SaveAsync(admin, new BrandInput { Name = "乙牌", FirstLetter = "Y", Aliases = new string('a', 21) })).Errors.Keys);
        Assert.Contains("Aliases", (await brands.SaveAsync(admin, new BrandInput { Name = "乙牌", FirstLetter = "Y",
            Aliases = string.Join(",", Enumerable.Range(0, 21).Select(i => "a" + i)) })).Errors.Keys);
        // Another brand's alias (any case or width) or name can't be this brand's alias.
        var taken = await brands.SaveAsync(admin, new BrandInput { Name = "乙牌", FirstLetter = "Y", Aliases = firstRow.Aliases[0].ToUpperInvariant() });
        Assert.Contains(firstRow.Name, taken.Errors["Aliases"]);
        Assert.Contains("Aliases", (await brands.SaveAsync(admin, new BrandInput { Name = "乙牌", FirstLetter = "Y", Aliases = firstRow.Name })).Errors.Keys);
        Assert.DoesNotContain(await brands.ListAsync(admin), b => b.Name == "乙牌");
        Assert.Contains("Id", (await brands.SaveAsync(admin, new BrandInput { Id = int.MaxValue, Name = "丙牌", FirstLetter = "B" })).Errors.Keys);
    }

    [Fact]
    public async Task Logos_are_checked_by_content_and_a_brand_with_goods_stays()
    {
        var app = await apps.GetAsync();
        var brands = app.Services.GetRequiredService<AdminBrandService>();
        var blobs = app.Services.GetRequiredService<IBlobStore>();
        var admin = AdminPeople.Admin();
        var id = (await brands.SaveAsync(admin, new BrandInput { Name = "标志牌" + Letters(4), FirstLetter = "B" })).Id!.Value;

        Assert.NotNull(await brands.SetLogoAsync(admin, id, new MemoryStream(ImageSamples.TextRenamedPng)));
        Assert.NotNull(await brands.SetLogoAsync(admin, id, new MemoryStream(ImageSamples.Svg)));
        Assert.Null((await brands.ListAsync(admin)).Single(b => b.Id == id).Logo);
        Assert.Null(await brands.SetLogoAsync(admin, id, new MemoryStream(ImageSamples.Png)));
        var logo = (await brands.ListAsync(admin)).Single(b => b.Id == id).Logo!;
        Assert.True(await blobs.ExistsAsync(logo));
        Assert.Null(await brands.SetLogoAsync(admin, id, new MemoryStream(ImageSamples.Gif)));
        Assert.False(await blobs.ExistsAsync(logo)); // the replaced logo is gone

        int used;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            used = await db.Spus.Select(s => s.BrandId).FirstAsync();
        Assert.Equal("该品牌下还有商品，不能删除", await brands.DeleteAsync(admin, used));
        Assert.Null(await brands.DeleteAsync(admin, id));
        Assert.DoesNotContain(await brands.ListAsync(admin), b => b.Id == id);
    }

    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task English_names_of_brands_and_categories_are_edited_checked_and_searchable(string provider)
    {
        var app = await apps.GetAsync(provider);
        var brands = app.Services.GetRequiredService<AdminBrandService>();
        var categories = app.Services.GetRequiredService<AdminCategoryService>();
        var search = app.Services.GetRequiredService<ISearchService>();
        var admin = AdminPeople.Admin();
        var saved = await brands.SaveAsync(admin, new BrandInput { Name = "英牌" + Letters(4), FirstLetter = "Y" });
        var (_, _, l3) = await CategoryTreeTests.NewTreeAsync(app, categories);
        var skuId = await CategoryTreeTests.NewSkuAsync(app, l3, "英文名测试商品", saved.Id!.Value);

        var tooLong = await brands.SaveAsync(admin, new BrandInput { Id = saved.Id.Value, Name = "英牌x", FirstLetter = "Y", NameEn = new string('e', 51) });
        Assert.Contains(nameof(BrandInput.NameEn), tooLong.Errors.Keys);
        var english = "Anglo" + Letters(6);
        var row = (await brands.ListAsync(admin)).Single(b => b.Id == saved.Id);
        Assert.True((await brands.SaveAsync(admin, new BrandInput { Id = row.Id, Name = row.Name, FirstLetter = "Y", NameEn = $"  {english} " })).Saved);
        Assert.Equal(english, (await brands.ListAsync(admin)).Single(b => b.Id == saved.Id).NameEn);
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, english, skuId));

        Assert.NotNull(await categories.SetEnglishNameAsync(admin, l3, new string('c', 51)));
        var categoryEn = "Gizmo" + Letters(6);
        Assert.Null(await categories.SetEnglishNameAsync(admin, l3, categoryEn));
        Assert.Equal(categoryEn, (await categories.TreeAsync(admin)).Single(c => c.Id == l3).NameEn);
        await CategoryTreeTests.WaitForAsync(async () => await FindsAsync(search, categoryEn, skuId));
        Assert.Null(await categories.SetEnglishNameAsync(admin, l3, "  "));
        Assert.Null((await categories.TreeAsync(admin)).Single(c => c.Id == l3).NameEn);
    }

    private static async Task<bool> FindsAsync(ISearchService search, string query, long skuId) =>
        (await search.SearchAsync(new SearchRequest(query, PageSize: 60))).Items.Any(i => i.Id == skuId);

    private static string Letters(int count) =>
        new(Enumerable.Range(0, count).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
}
