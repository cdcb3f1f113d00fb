using BlazorShop.Features.Catalog;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Shared;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Tests.Features.Search;

/// <summary>Search over the demo catalog, on SQLite (FTS5) and PostgreSQL (tsvector + GIN): the same behaviour.</summary>
[Collection("catalog")]
public class SearchServiceTests(CatalogApps apps)
{
    private async Task<SearchResult> SearchAsync(string provider, SearchRequest request) =>
        await (await apps.ServiceAsync<SearchService>(provider)).SearchAsync(request);

    private static bool Mentions(SkuCardModel sku, string word) =>
        sku.Name.Contains(word, StringComparison.OrdinalIgnoreCase) || sku.Caption.Contains(word, StringComparison.OrdinalIgnoreCase);

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Chinese_word_without_spaces_is_found(string provider)
    {
        var result = await SearchAsync(provider, new SearchRequest("冰箱", PageSize: 48));
        Assert.True(result.Total >= 2);
        Assert.All(result.Items, s => Assert.True(Mentions(s, "冰箱"), s.Name));
        Assert.Contains(result.Items, s => s.Name.Contains("双开门冰箱"));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task English_and_digits_are_found(string provider)
    {
        var fourK = await SearchAsync(provider, new SearchRequest("4K", PageSize: 48));
        Assert.True(fourK.Total >= 3);
        Assert.All(fourK.Items, s => Assert.True(Mentions(s, "4K"), s.Name));

        var inch55 = await SearchAsync(provider, new SearchRequest("55英寸", PageSize: 48));
        Assert.NotEmpty(inch55.Items);
        Assert.All(inch55.Items, s => Assert.True(Mentions(s, "55英寸"), s.Name));

        var iphone = await SearchAsync(provider, new SearchRequest("iphone", PageSize: 48));
        Assert.NotEmpty(iphone.Items);
        Assert.All(iphone.Items, s => Assert.Contains("iPhone", s.Name));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task More_terms_narrow_the_result(string provider)
    {
        var fridges = await SearchAsync(provider, new SearchRequest("冰箱", PageSize: 48));
        var haierFridges = await SearchAsync(provider, new SearchRequest("海尔 冰箱", PageSize: 48));
        Assert.InRange(haierFridges.Total, 1, fridges.Total - 1);
        Assert.All(haierFridges.Items, s => Assert.True(Mentions(s, "海尔") && Mentions(s, "冰箱"), s.Name));
        // No SKU is both: the best partial matches, said so.
        var both = await SearchAsync(provider, new SearchRequest("冰箱 耳机", PageSize: 48));
        Assert.True(both.IsPartial);
        Assert.False((await SearchAsync(provider, new SearchRequest("海尔 冰箱"))).IsPartial);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Name_matches_rank_above_caption_matches_then_sales(string provider)
    {
        var app = await apps.GetAsync(provider);
        var editor = await apps.ServiceAsync<SkuEditor>(provider);
        var (inName, inCaption) = await TwoSkusAsync(app, provider);
        // The caption-only match sells more; the name match must still come first.
        await editor.UpdateAsync(inName.Id, new SkuEdit(Name: inName.Name + " 星耀典藏"));
        await editor.UpdateAsync(inCaption.Id, new SkuEdit(Caption: "星耀典藏 " + inCaption.Caption));

        var result = await SearchAsync(provider, new SearchRequest("星耀典藏"));
        Assert.Equal([inName.Id, inCaption.Id], result.Items.Select(s => s.Id).ToArray());

        await editor.UpdateAsync(inName.Id, new SkuEdit(Name: inName.Name));
        await editor.UpdateAsync(inCaption.Id, new SkuEdit(Caption: inCaption.Caption));
        Assert.Equal(0, (await SearchAsync(provider, new SearchRequest("星耀典藏"))).Total);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task The_index_follows_renames_price_and_launch_changes(string provider)
    {
        var editor = await apps.ServiceAsync<SkuEditor>(provider);
        var (sku, _) = await TwoSkusAsync(await apps.GetAsync(provider), provider);
        await editor.UpdateAsync(sku.Id, new SkuEdit(Name: "彩虹限定款 " + sku.Name, Price: 1234.50m));

        var found = Assert.Single((await SearchAsync(provider, new SearchRequest("彩虹限定款"))).Items);
        Assert.Equal(1234.50m, found.Price);

        await editor.UpdateAsync(sku.Id, new SkuEdit(IsLaunched: false));
        Assert.Equal(0, (await SearchAsync(provider, new SearchRequest("彩虹限定款"))).Total);

        await editor.UpdateAsync(sku.Id, new SkuEdit(Name: sku.Name, Price: sku.Price, IsLaunched: true));
        Assert.Equal(0, (await SearchAsync(provider, new SearchRequest("彩虹限定款"))).Total);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Hostile_or_empty_queries_give_a_clean_empty_or_normal_result(string provider)
    {
        string[] queries =
        [
            "", "   ", new string('冰', 200), string.Concat(Enumerable.Repeat("x", 200)), "<script>alert(1)</script>",
            "'; DROP TABLE \"Skus\"; --", "冰箱\" OR \"1\"=\"1", "* : ^ NEAR( ) AND OR NOT", "冰箱:* | !4k <-> a", "%_%", "\0",
        ];
        foreach (var q in queries)
        {
            var result = await SearchAsync(provider, new SearchRequest(q, Sort: "'; --", Page: -3, PageSize: 99999, Price: "x-y"));
            Assert.True(result.Total >= 0);
            Assert.True(result.Items.Count <= 12);
        }
        // And the catalog is still there.
        Assert.True((await SearchAsync(provider, new SearchRequest("冰箱"))).Total > 0);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Sorting_and_paging_are_consistent(string provider)
    {
        var first = await SearchAsync(provider, new SearchRequest("黑色", Sort: "price", Page: 1, PageSize: 12));
        var second = await SearchAsync(provider, new SearchRequest("黑色", Sort: "price", Page: 2, PageSize: 12));
        Assert.True(first.Total > 12, $"need two pages, got {first.Total}");
        var prices = first.Items.Concat(second.Items).Select(s => s.Price).ToList();
        Assert.Equal(prices.Order().ToList(), prices);
        Assert.Empty(first.Items.Select(s => s.Id).Intersect(second.Items.Select(s => s.Id)));

        var bySales = await SearchAsync(provider, new SearchRequest("黑色", Sort: "sales", PageSize: 48));
        Assert.Equal(bySales.Items.Select(s => s.Sales).OrderDescending().ToList(), bySales.Items.Select(s => s.Sales).ToList());
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Facets_count_what_a_click_would_give(string provider)
    {
        var all = await SearchAsync(provider, new SearchRequest("黑色", PageSize: 48));
        Assert.Equal(all.Total, all.Categories.Sum(f => f.Count));
        Assert.Equal(all.Total, all.Brands.Sum(f => f.Count));
        Assert.Equal(all.Total, all.Prices.Sum(f => f.Count));

        var brand = all.Brands[0];
        var byBrand = await SearchAsync(provider, new SearchRequest("黑色", BrandId: int.Parse(brand.Key), PageSize: 48));
        Assert.Equal(brand.Count, byBrand.Total);

        var bucket = all.Prices[0];
        var byPrice = await SearchAsync(provider, new SearchRequest("黑色", Price: bucket.Key, PageSize: 48));
        Assert.Equal(bucket.Count, byPrice.Total);
        var (min, max) = PriceBuckets.Parse(bucket.Key)!.Value;
        Assert.All(byPrice.Items, s => Assert.True(s.Price >= min && (max is null || s.Price < max)));
    }

    private static async Task<(SkuCardModel Low, SkuCardModel High)> TwoSkusAsync(ShopAppFactory app, string provider)
    {
        var contexts = (IDbContextFactory<ShopDbContext>)app.Services.GetService(typeof(IDbContextFactory<ShopDbContext>))!;
        await using var db = contexts.CreateDbContext();
        // Two launched kettles (苏泊尔 电水壶): not used by other tests' assertions.
        var skus = await db.Skus.AsNoTracking().Where(s => s.IsLaunched && s.Name.Contains("电水壶")).OrderBy(s => s.Sales)
            .Select(SkuCardModel.Projection).ToListAsync();
        Assert.True(skus.Count >= 2, provider);
        return (skus[0], skus[^1]);
    }
}
