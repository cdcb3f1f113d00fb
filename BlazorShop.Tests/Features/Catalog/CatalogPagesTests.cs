using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>The catalog pages as a shopper's browser first receives them (server-rendered HTML).</summary>
[Collection("catalog")]
public class CatalogPagesTests(CatalogApps apps)
{
    private async Task<(ShopAppFactory App, HttpClient Http)> AppAsync()
    {
        var app = await apps.GetAsync("Sqlite");
        return (app, app.CreateClient());
    }

    private static async Task<T> WithDbAsync<T>(ShopAppFactory app, Func<ShopDbContext, Task<T>> query)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await query(db);
    }

    private static List<decimal> Prices(string html) =>
        Regex.Matches(html, "data-price=\"([0-9.]+)\"").Select(m => decimal.Parse(m.Groups[1].Value)).ToList();

    [Fact]
    public async Task List_page_shows_the_breadcrumb_and_only_launched_skus_sorted_by_price()
    {
        var (app, http) = await AppAsync();
        var phones = await WithDbAsync(app, db => db.Categories.Where(c => c.Name == "手机" && c.Level == 3).Select(c => c.Id).SingleAsync());
        var html = await http.GetStringAsync($"/list/{phones}?sort=price&size=48");

        Assert.Matches("首页.*手机数码.*手机通讯.*手机", Regex.Replace(html, "<[^>]+>", " "));
        var launched = await WithDbAsync(app, db => db.Skus.CountAsync(s => s.CategoryId == phones && s.IsLaunched));
        Assert.Contains($"共 {launched} 件商品", html);
        // The main grid comes after the aside (hot sellers): take the prices that follow the sort bar.
        var grid = html[html.IndexOf("sort-bar", StringComparison.Ordinal)..];
        var prices = Prices(grid);
        Assert.Equal(launched, prices.Count);
        Assert.Equal(prices.Order().ToList(), prices);
    }

    [Fact]
    public async Task Page_number_and_size_come_from_the_url()
    {
        var (app, http) = await AppAsync();
        var top = await WithDbAsync(app, db => db.Categories.Where(c => c.Level == 1).OrderBy(c => c.Sequence).Select(c => c.Id).FirstAsync());
        var page1 = await http.GetStringAsync($"/list/{top}?size=12&page=1&sort=newest");
        var page2 = await http.GetStringAsync($"/list/{top}?size=12&page=2&sort=newest");
        var ids1 = Regex.Matches(page1[page1.IndexOf("sort-bar")..], "data-sku=\"(\\d+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var ids2 = Regex.Matches(page2[page2.IndexOf("sort-bar")..], "data-sku=\"(\\d+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(12, ids1.Count);
        Assert.NotEmpty(ids2);
        Assert.Empty(ids1.Intersect(ids2));
        Assert.Contains("aria-current=\"page\">2<", page2);
    }

    [Fact]
    public async Task Empty_category_says_so_and_unknown_ones_are_404()
    {
        var (app, http) = await AppAsync();
        var empty = await WithDbAsync(app, db => db.Categories.Where(c => c.Level == 3 && !db.Skus.Any(s => s.CategoryId == c.Id))
            .Select(c => c.Id).FirstAsync());
        Assert.Contains("该分类下暂无商品", await http.GetStringAsync($"/list/{empty}"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/list/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/goods/987654321")).StatusCode);
    }

    [Fact]
    public async Task Product_page_shows_price_stock_and_the_unavailable_combinations()
    {
        var (app, http) = await AppAsync();
        // A product where some option combination has no SKU (the demo data has several).
        var detail = await FindProductWithGapAsync(app);
        var html = WebUtility.HtmlDecode(await http.GetStringAsync($"/goods/{detail.Sku.Id}"));
        Assert.Contains(detail.Sku.Name, html);
        Assert.Contains(BlazorShop.Infrastructure.Localization.Display.Money(detail.Sku.Price), html);
        Assert.Contains(detail.Sku.Stock <= 5 ? $"仅剩 {detail.Sku.Stock} 件" : "有货", html);
        Assert.Contains("option unavailable", html);
        Assert.Contains("商品详情", html);
    }

    [Fact]
    public async Task Search_page_highlights_safely_and_survives_hostile_input()
    {
        var (_, http) = await AppAsync();
        var html = await http.GetStringAsync("/search?q=" + Uri.EscapeDataString("冰箱"));
        Assert.Matches("<mark[^>]*>冰箱</mark>", html);
        Assert.Matches("data-facet=\"brand\"", html);

        foreach (var q in new[] { "<script>alert(1)</script>", "' OR 1=1 --", new string('a', 300), "   " })
        {
            var response = await http.GetAsync("/search?q=" + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Visits_count_per_category_and_day()
    {
        var (app, _) = await AppAsync();
        var counter = app.Services.GetRequiredService<CategoryVisitCounter>();
        var category = await WithDbAsync(app, db => db.Categories.Where(c => c.Level == 2).Select(c => c.Id).FirstAsync());
        var today = BlazorShop.Infrastructure.Localization.Display.ChinaToday(TimeProvider.System);
        var before = await counter.GetAsync(category, today);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => counter.CountAsync(category)));
        Assert.Equal(before + 5, await counter.GetAsync(category, today));
    }

    [Fact]
    public async Task Menu_cache_is_dropped_when_the_catalog_structure_changes()
    {
        var (app, _) = await AppAsync();
        var cache = app.Services.GetRequiredService<CatalogCache>();
        var first = (await cache.GetMenuAsync()).Groups[0].Channels[0];
        await WithDbAsync(app, db => db.Categories.Where(c => c.Id == first.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Name, "数码新品")));
        try
        {
            Assert.Equal(first.Name, (await cache.GetMenuAsync()).Groups[0].Channels[0].Name); // cached
            await app.Services.GetRequiredService<IEventBus>().PublishAsync(new CatalogStructureChanged("category"));
            await WaitUntilAsync(async () => (await cache.GetMenuAsync()).Groups[0].Channels[0].Name == "数码新品");
        }
        finally
        {
            await WithDbAsync(app, db => db.Categories.Where(c => c.Id == first.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Name, first.Name)));
            cache.Invalidate();
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail("condition not met within 5 s");
    }

    private static async Task<ProductDetail> FindProductWithGapAsync(ShopAppFactory app)
    {
        var products = app.Services.GetRequiredService<ProductQueries>();
        var skuIds = await WithDbAsync(app, db => db.Skus.Where(s => s.IsLaunched && s.Stock > 5).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        foreach (var id in skuIds)
        {
            var detail = (await products.GetAsync(id))!;
            if (detail.Specs.Count > 1 && detail.Specs.Select((s, i) => s.Options.Any(o => detail.SkuFor(i, o.Id) is null)).Any(x => x))
                return detail;
        }
        throw new InvalidOperationException("the demo data has no product with a missing combination");
    }
}
