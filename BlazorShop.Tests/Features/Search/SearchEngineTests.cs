using BlazorShop.Domain;
using BlazorShop.Features.Catalog;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Search;

/// <summary>
/// The in-memory index (the default engine) gives exactly what the database's full-text index gives, on both
/// providers, and follows the database: saves at once, transactions when they commit, other instances through the
/// event bus, and a SKU that vanished behind its back as soon as a page shows it.
/// </summary>
[Collection("catalog")]
public class SearchEngineTests(CatalogApps apps)
{
    private static readonly string[] Queries =
    [
        "华为手机", "小米手机", "海尔冰箱", "苹果", "苹果手机", "apple", "耐克", "阿迪", "跑鞋", "mate60", "Mate 60", "iPhone16",
        "ｉＰｈｏｎｅ　１６", "bingxiang", "bx", "shouji", "huawei", "xiyiji", "笔记本", "笔记本电脑", "电视", "平板电视", "55英寸 电视",
        "4K", "冰箱", "黑色", "手机 黑色", "雅丹黑", "玄武架构", "全自动", "深空灰", "运动鞋", "华为 手表", "华为 冰箱 黑色", "冰箱 耳机",
        "男鞋", "电饭锅", "书包", "iph", "黑", "量子波动速读机", "对讲机", "冰箱:* | !4k <-> a",
    ];

    private static readonly SearchRequest[] Variants =
    [
        new(""), new("", Sort: "price", Page: 2), new("", Sort: "price-desc"), new("", Sort: "sales", Price: "1000-3000"),
        new("", Sort: "newest", PageSize: 48), new("", PageSize: 48),
    ];

    private static async Task<(SearchService Memory, SearchService Database)> EnginesAsync(ShopAppFactory app)
    {
        var services = app.Services;
        var memory = services.GetRequiredService<SearchService>();
        Assert.IsType<MemorySkuIndex>(services.GetRequiredService<ISkuMatcher>()); // the default
        var database = new SearchService(services.GetRequiredService<IDbContextFactory<ShopDbContext>>(), services.GetRequiredService<DatabaseSkuMatcher>(),
            services.GetRequiredService<CatalogCache>(), services.GetRequiredService<SearchSynonyms>(), services.GetRequiredService<SkuSearchChanges>(),
            services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>());
        await Task.CompletedTask;
        return (memory, database);
    }

    private static string Describe(SearchResult r) =>
        $"total {r.Total} partial {r.IsPartial} page [{string.Join(",", r.Items.Select(i => i.Id))}] " +
        $"cat [{string.Join(",", r.Categories.Select(f => $"{f.Key}:{f.Label}:{f.Count}"))}] " +
        $"brand [{string.Join(",", r.Brands.Select(f => $"{f.Key}:{f.Label}:{f.Count}"))}] " +
        $"price [{string.Join(",", r.Prices.Select(f => $"{f.Key}:{f.Count}"))}] " +
        $"suggest [{string.Join(",", r.SuggestedCategories.Select(c => c.Id))}] hot [{string.Join(",", r.HotSellers.Select(s => s.Id))}]";

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task The_in_memory_index_gives_what_the_database_index_gives(string provider)
    {
        var (memory, database) = await EnginesAsync(await apps.GetAsync(provider));
        foreach (var query in Queries)
            foreach (var variant in Variants)
            {
                var request = variant with { Query = query };
                Assert.Equal(Describe(await database.SearchAsync(request)), Describe(await memory.SearchAsync(request)));
            }
        // With a facet clicked too.
        var black = await database.SearchAsync(new SearchRequest("黑色"));
        var brand = new SearchRequest("黑色", BrandId: int.Parse(black.Brands[0].Key), Sort: "price");
        Assert.Equal(Describe(await database.SearchAsync(brand)), Describe(await memory.SearchAsync(brand)));
        var category = new SearchRequest("黑色", CategoryId: int.Parse(black.Categories[0].Key), Price: black.Prices[0].Key);
        Assert.Equal(Describe(await database.SearchAsync(category)), Describe(await memory.SearchAsync(category)));
        // And the search box.
        foreach (var query in new[] { "华为", "苹果手机", "bx", "冰" })
            Assert.Equal(await SuggestedIds(database, query), await SuggestedIds(memory, query));
    }

    private static async Task<string> SuggestedIds(SearchService search, string query) =>
        string.Join(",", (await search.SuggestAsync(query)).Products.Select(p => p.Id));

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task A_new_sku_is_found_by_the_next_search_and_a_transaction_only_once_it_commits(string provider)
    {
        var app = await apps.GetAsync(provider);
        var search = app.Services.GetRequiredService<SearchService>();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        Assert.Equal(0, await StrictAsync(search, "极光限定款")); // the index is built

        await using (var db = contexts.CreateDbContext())
        {
            var template = await db.Skus.AsNoTracking().FirstAsync(s => s.IsLaunched && s.Name.Contains("电水壶"));
            db.Skus.Add(Copy(template, "极光限定款 电水壶"));
            await db.SaveChangesAsync();
        }
        var added = Assert.Single((await search.SearchAsync(new SearchRequest("极光限定款"))).Items);

        long pending = 0;
        await using (var db = contexts.CreateDbContext())
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var template = await db.Skus.AsNoTracking().FirstAsync(s => s.Id == added.Id);
                var sku = Copy(template, "极光限定款 第二件");
                db.Skus.Add(sku);
                await db.SaveChangesAsync();
                pending = sku.Id;
                // Not committed: neither engine sees it. (SQLite locks the table for other connections meanwhile.)
                if (provider != "Sqlite") Assert.DoesNotContain((await search.SearchAsync(new SearchRequest("极光限定款"))).Items, s => s.Id == pending);
                await transaction.CommitAsync();
            });
        Assert.Contains((await search.SearchAsync(new SearchRequest("极光限定款"))).Items, s => s.Id == pending);

        await using (var db = contexts.CreateDbContext())
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var sku = await db.Skus.SingleAsync(s => s.Id == pending);
                sku.IsLaunched = false;
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            });
        Assert.Equal(2, await StrictAsync(search, "极光限定款"));

        await using (var db = contexts.CreateDbContext())
        {
            db.Skus.RemoveRange(await db.Skus.Where(s => s.Id == added.Id || s.Id == pending).ToListAsync());
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await StrictAsync(search, "极光限定款"));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Another_instances_change_arrives_through_the_event_bus_and_a_vanished_sku_heals_itself(string provider)
    {
        var app = await apps.GetAsync(provider);
        var search = app.Services.GetRequiredService<SearchService>();
        var editor = app.Services.GetRequiredService<SkuEditor>();
        var changes = app.Services.GetRequiredService<SkuSearchChanges>();
        var bus = app.Services.GetRequiredService<IEventBus>();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        long id;
        await using (var db = contexts.CreateDbContext())
            id = (await db.Skus.AsNoTracking().Where(s => s.IsLaunched && s.Name.Contains("电水壶")).OrderBy(s => s.Id).FirstAsync()).Id;
        var name = (await search.SearchAsync(new SearchRequest("电水壶", PageSize: 48))).Items.Single(s => s.Id == id).Name;
        await editor.UpdateAsync(id, new SkuEdit(Name: "星河限定款 " + name));
        Assert.Equal(1, await StrictAsync(search, "星河限定款"));

        try
        {
            // Taken off sale by another instance: a write this instance's EF Core never saw, then its announcement.
            await using (var db = contexts.CreateDbContext())
                await db.Skus.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsLaunched, false));
            await bus.PublishAsync(new SkuSearchChanged(Guid.NewGuid(), [id]));
            await WaitUntil(() => changes.HasPending);
            Assert.Equal(0, await StrictAsync(search, "星河限定款"));

            // Back on sale, announced the same way: found again …
            await using (var db = contexts.CreateDbContext())
                await db.Skus.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsLaunched, true));
            await bus.PublishAsync(new SkuSearchChanged(Guid.NewGuid(), [id]));
            await WaitUntil(() => changes.HasPending);
            Assert.Equal(1, await StrictAsync(search, "星河限定款"));

            // … but one taken off sale unannounced drops off the page that shows it, and out of the next search.
            await using (var db = contexts.CreateDbContext())
                await db.Skus.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsLaunched, false));
            Assert.DoesNotContain((await search.SearchAsync(new SearchRequest("星河限定款"))).Items, s => s.Id == id);
            Assert.Equal(0, await StrictAsync(search, "星河限定款"));
        }
        finally
        {
            await using (var db = contexts.CreateDbContext())
                await db.Skus.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsLaunched, true));
            await editor.UpdateAsync(id, new SkuEdit(Name: name));
        }
        Assert.Equal(0, await StrictAsync(search, "星河限定款"));
        Assert.Contains((await search.SearchAsync(new SearchRequest("电水壶", PageSize: 48))).Items, s => s.Id == id);
    }

    /// <summary>How many SKUs match every word (0 when the search fell back to partial matches of other SKUs).</summary>
    private static async Task<int> StrictAsync(SearchService search, string query) =>
        await search.SearchAsync(new SearchRequest(query)) is { IsPartial: false } result ? result.Total : 0;

    private static Sku Copy(Sku template, string name) => new()
    {
        SpuId = template.SpuId, CategoryId = template.CategoryId, BrandId = template.BrandId, Name = name, Caption = template.Caption,
        Price = template.Price, MarketPrice = template.MarketPrice, CostPrice = template.CostPrice, Stock = 5, IsLaunched = true,
    };

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
