using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>Hot sellers and home floors show one card per product, what can be bought first, in full rows.</summary>
[Collection("catalog")]
public class HotSellerTests(CatalogApps apps)
{
    [Fact]
    public async Task Home_hot_sellers_and_floors_show_each_product_once_in_stock_first_in_full_rows()
    {
        var app = await apps.GetAsync("Sqlite");
        var queries = app.Services.GetRequiredService<CatalogQueries>();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();

        // The best-selling launched SKU of the shop runs out: it must not lead the row any more.
        long topId; int stock;
        await using (var db = contexts.CreateDbContext())
        {
            var top = await db.Skus.Where(s => s.IsLaunched && s.Stock > 0).OrderByDescending(s => s.Sales).ThenBy(s => s.Id).FirstAsync();
            (topId, stock) = (top.Id, top.Stock);
            await db.Skus.Where(s => s.Id == topId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Stock, 0));
        }
        try
        {
            var hot = await queries.GetHotSellersAsync(CatalogPages.HomeHotSellers);
            var floors = await queries.GetFloorsAsync();
            await using var db = contexts.CreateDbContext();
            var spuOf = await db.Skus.ToDictionaryAsync(s => s.Id, s => s.SpuId);

            foreach (var (name, cards) in floors.Select(f => (f.Category.Name, f.Items)).Prepend(("hot", hot)))
            {
                Assert.NotEmpty(cards);
                Assert.Equal(cards.Count, cards.Select(c => spuOf[c.Id]).Distinct().Count()); // one card per product
                Assert.True(cards.Count < CatalogQueries.GridColumns || cards.Count % CatalogQueries.GridColumns == 0, $"{name}: {cards.Count} cards leave holes");
                // In stock first: no sold-out card before one that can be bought.
                var firstSoldOut = cards.ToList().FindIndex(c => c.Stock == 0);
                Assert.True(firstSoldOut < 0 || cards.Skip(firstSoldOut).All(c => c.Stock == 0), $"{name}: a sold-out card leads");
            }
            Assert.NotEqual(topId, hot[0].Id);
            Assert.True(hot[0].Stock > 0);
        }
        finally
        {
            await using var db = contexts.CreateDbContext();
            await db.Skus.Where(s => s.Id == topId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Stock, stock));
        }
    }

    [Fact]
    public async Task Hot_sellers_beside_a_product_never_show_the_product_itself_in_another_size()
    {
        var app = await apps.GetAsync("Sqlite");
        var queries = app.Services.GetRequiredService<CatalogQueries>();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        // A product with several launched variants.
        var spu = await db.Skus.Where(s => s.IsLaunched).GroupBy(s => s.SpuId).Where(g => g.Count() > 1).Select(g => g.Key).FirstAsync();
        var sku = await db.Skus.Where(s => s.SpuId == spu && s.IsLaunched).OrderBy(s => s.Id).FirstAsync();

        var hot = await queries.GetHotSellersAsync(sku.CategoryId, CatalogPages.ProductHotSellers, except: sku.Id);

        var spus = await db.Skus.Where(s => hot.Select(h => h.Id).Contains(s.Id)).Select(s => s.SpuId).ToListAsync();
        Assert.DoesNotContain(spu, spus);
        Assert.Equal(spus.Count, spus.Distinct().Count());
    }
}
