using System.Collections.Concurrent;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin;

/// <summary>
/// The SKU grid's data: filters and sorting on the server, inline edits validated, another admin's save detected by the
/// row version (reported with their values, never overwritten), bulk actions applied as previewed, every save announced.
/// </summary>
[Collection("admin")]
public class SkuGridServiceTests(AdminApps apps)
{
    private static AdminSkuService Skus(ShopAppFactory app) => app.Services.GetRequiredService<AdminSkuService>();

    private static async Task<T> DbAsync<T>(ShopAppFactory app, Func<ShopDbContext, Task<T>> query)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await query(db);
    }

    /// <summary>A SKU of its own for a test (a copy of a demo SKU), so tests that edit don't meet.</summary>
    private static Task<Sku> NewSkuAsync(ShopAppFactory app, decimal price = 100m, int stock = 50) => DbAsync(app, async db =>
    {
        var template = await db.Skus.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
        var sku = new Sku
        {
            SpuId = template.SpuId, CategoryId = template.CategoryId, BrandId = template.BrandId, Name = "测试商品 " + Guid.NewGuid().ToString("N")[..8],
            Price = price, MarketPrice = price + 10, Stock = stock, IsLaunched = true,
        };
        db.Skus.Add(sku);
        await db.SaveChangesAsync();
        return sku;
    });

    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Filters_and_sorting_match_the_database(string provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = AdminPeople.Admin();
        var category = await DbAsync(app, db => db.Skus.GroupBy(s => s.CategoryId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var brand = await DbAsync(app, db => db.Skus.Where(s => s.CategoryId == category).Select(s => s.BrandId).FirstAsync());

        var byCategory = await Skus(app).QueryAsync(admin, new SkuGridQuery(Take: 200, CategoryId: category, Sort: "price", Descending: true));
        var expected = await DbAsync(app, db => db.Skus.Where(s => s.CategoryId == category).Select(s => new { s.Id, s.Price }).ToListAsync());
        Assert.Equal(expected.Count, byCategory.Total);
        Assert.Equal(expected.Select(s => s.Id).Order(), byCategory.Rows.Select(r => r.Id).Order());
        Assert.Equal(byCategory.Rows.Select(r => r.Price).OrderDescending(), byCategory.Rows.Select(r => r.Price));

        var level1 = await DbAsync(app, db => db.Spus.Where(s => s.Category3Id == category).Select(s => s.Category1Id).FirstAsync());
        var byTopCategory = await Skus(app).QueryAsync(admin, new SkuGridQuery(Take: 1, CategoryId: level1));
        Assert.Equal(await DbAsync(app, db => db.Skus.CountAsync(s => s.Spu!.Category1Id == level1)), byTopCategory.Total);

        var byBrand = await Skus(app).QueryAsync(admin, new SkuGridQuery(Take: 200, BrandId: brand, Launched: true));
        Assert.Equal(await DbAsync(app, db => db.Skus.CountAsync(s => s.BrandId == brand && s.IsLaunched)), byBrand.Total);
        Assert.All(byBrand.Rows, r => Assert.True(r.BrandId == brand && r.IsLaunched));

        var low = await NewSkuAsync(app, stock: 3);
        var lowStock = await Skus(app).QueryAsync(admin, new SkuGridQuery(Take: 200, LowStock: true));
        Assert.Contains(lowStock.Rows, r => r.Id == low.Id);
        Assert.All(lowStock.Rows, r => Assert.True(r.Stock < 10));

        var byText = await Skus(app).QueryAsync(admin, new SkuGridQuery(Text: low.Name[^8..]));
        Assert.Equal([low.Id], byText.Rows.Select(r => r.Id));
        var byId = await Skus(app).QueryAsync(admin, new SkuGridQuery(Text: low.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(byId.Rows, r => r.Id == low.Id);

        var page2 = await Skus(app).QueryAsync(admin, new SkuGridQuery(Skip: 5, Take: 5, Sort: "id"));
        var all = await DbAsync(app, db => db.Skus.OrderBy(s => s.Id).Select(s => s.Id).Skip(5).Take(5).ToListAsync());
        Assert.Equal(all, page2.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Invalid_edits_are_refused_with_a_message_per_field_and_change_nothing()
    {
        var app = await apps.GetAsync();
        var sku = await NewSkuAsync(app);
        foreach (var (edit, field) in new[]
        {
            (new SkuRowEdit(sku.Id, -1m, 110m, 50, true, sku.RowVersion), "Price"),
            (new SkuRowEdit(sku.Id, 9.999m, 110m, 50, true, sku.RowVersion), "Price"),
            (new SkuRowEdit(sku.Id, 10_000_001m, 110m, 50, true, sku.RowVersion), "Price"),
            (new SkuRowEdit(sku.Id, 100m, -0.01m, 50, true, sku.RowVersion), "MarketPrice"),
            (new SkuRowEdit(sku.Id, 100m, 110m, -1, true, sku.RowVersion), "Stock"),
            (new SkuRowEdit(sku.Id, 100m, 110m, 10_000_001, true, sku.RowVersion), "Stock"),
        })
        {
            var result = await Skus(app).SaveAsync(AdminPeople.Admin(), edit);
            Assert.Equal(SkuSaveStatus.Invalid, result.Status);
            Assert.False(string.IsNullOrWhiteSpace(result.Errors![field]));
        }
        var stored = await DbAsync(app, db => db.Skus.AsNoTracking().SingleAsync(s => s.Id == sku.Id));
        Assert.Equal((100m, 110m, 50, sku.RowVersion), (stored.Price, stored.MarketPrice, stored.Stock, stored.RowVersion));
    }

    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task A_stale_edit_is_reported_as_a_conflict_and_never_overwrites(string provider)
    {
        var app = await apps.GetAsync(provider);
        var sku = await NewSkuAsync(app);
        var changes = new ConcurrentQueue<SkuChanged>();
        using var subscription = app.Services.GetRequiredService<IEventBus>().Subscribe<SkuChanged>([sku.Id], c => { changes.Enqueue(c); return Task.CompletedTask; });

        // Two admins open the grid and read the same row; the first saves.
        var first = await Skus(app).SaveAsync(AdminPeople.Admin(1), new SkuRowEdit(sku.Id, 88.80m, 120m, 40, true, sku.RowVersion));
        Assert.Equal(SkuSaveStatus.Saved, first.Status);
        Assert.Equal(sku.RowVersion + 1, first.Row!.RowVersion);

        // The second saves from what they read before: refused, shown the first admin's values.
        var second = await Skus(app).SaveAsync(AdminPeople.Admin(2), new SkuRowEdit(sku.Id, 77m, 99m, 5, false, sku.RowVersion));
        Assert.Equal(SkuSaveStatus.Conflict, second.Status);
        Assert.Equal((88.80m, 120m, 40, true), (second.Row!.Price, second.Row.MarketPrice, second.Row.Stock, second.Row.IsLaunched));
        var stored = await DbAsync(app, db => db.Skus.AsNoTracking().SingleAsync(s => s.Id == sku.Id));
        Assert.Equal((88.80m, 40, true), (stored.Price, stored.Stock, stored.IsLaunched));

        // Stock sold by checkout also bumps the row version: an edit read before it is a conflict too.
        await DbAsync(app, db => db.Skus.Where(s => s.Id == sku.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.Stock, k => k.Stock - 1).SetProperty(k => k.RowVersion, k => k.RowVersion + 1)));
        Assert.Equal(SkuSaveStatus.Conflict, (await Skus(app).SaveAsync(AdminPeople.Admin(1), new SkuRowEdit(sku.Id, 1m, 1m, 1, true, first.Row.RowVersion))).Status);

        // Re-edited from the fresh row, it saves; the save was announced to open pages, and audited.
        var fresh = (await Skus(app).QueryAsync(AdminPeople.Admin(), new SkuGridQuery(Text: sku.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Rows.Single(r => r.Id == sku.Id);
        Assert.Equal(SkuSaveStatus.Saved, (await Skus(app).SaveAsync(AdminPeople.Admin(2), new SkuRowEdit(sku.Id, 77m, 99m, 5, false, fresh.RowVersion))).Status);
        await WaitUntilAsync(() => changes.Any(c => c.Price == 77m && c.Stock == 5 && !c.IsLaunched));
        Assert.Contains(changes, c => c.Price == 88.80m && c.Stock == 40);
        var audit = await DbAsync(app, db => db.AuditLog.Where(a => a.Target == "sku:" + sku.Id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("Price 88.80 → 77.00", audit[1].Details);
        Assert.Equal("admin", audit[1].ActorName);
    }

    [Fact]
    public async Task Bulk_actions_preview_then_apply_and_skip_rows_changed_since_the_preview()
    {
        var app = await apps.GetAsync();
        var a = await NewSkuAsync(app, price: 100m);
        var b = await NewSkuAsync(app, price: 0.05m);
        var c = await NewSkuAsync(app, price: 50m);
        var admin = AdminPeople.Admin();

        var preview = await Skus(app).PreviewAsync(admin, [a.Id, b.Id, c.Id], new BulkAction(BulkKind.PricePercent, -10m));
        Assert.Equal([90m, 0.05m * 0.9m is var x ? decimal.Round(x, 2, MidpointRounding.AwayFromZero) : 0, 45m], preview.Select(p => p.NewPrice));
        Assert.All(preview, p => Assert.Null(p.Error));
        var refused = await Skus(app).PreviewAsync(admin, [a.Id, b.Id], new BulkAction(BulkKind.PriceAmount, -1m));
        Assert.Null(refused.Single(p => p.Id == a.Id).Error);
        Assert.NotNull(refused.Single(p => p.Id == b.Id).Error); // 0.05 - 1 < 0
        Assert.Equal(100m, await DbAsync(app, db => db.Skus.Where(s => s.Id == a.Id).Select(s => s.Price).SingleAsync())); // a preview changes nothing

        // Someone changes c after the preview: applying skips it.
        await Skus(app).SaveAsync(admin, new SkuRowEdit(c.Id, 60m, 60m, 50, true, c.RowVersion));
        var result = await Skus(app).ApplyAsync(admin, preview);
        Assert.Equal(2, result.Saved);
        Assert.Equal([c.Id], result.Conflicts);
        var prices = await DbAsync(app, db => db.Skus.Where(s => s.Id == a.Id || s.Id == b.Id || s.Id == c.Id).OrderBy(s => s.Id).Select(s => s.Price).ToListAsync());
        Assert.Equal([90m, 0.05m, 60m], prices);

        var stock = await Skus(app).ApplyAsync(admin, await Skus(app).PreviewAsync(admin, [a.Id, b.Id], new BulkAction(BulkKind.SetStock, 7)));
        var withdraw = await Skus(app).ApplyAsync(admin, await Skus(app).PreviewAsync(admin, [a.Id], new BulkAction(BulkKind.Withdraw)));
        Assert.Equal((2, 1), (stock.Saved, withdraw.Saved));
        var rows = await DbAsync(app, db => db.Skus.Where(s => s.Id == a.Id || s.Id == b.Id).OrderBy(s => s.Id).Select(s => new { s.Stock, s.IsLaunched }).ToListAsync());
        Assert.Equal([(7, false), (7, true)], rows.Select(r => (r.Stock, r.IsLaunched)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }
}
