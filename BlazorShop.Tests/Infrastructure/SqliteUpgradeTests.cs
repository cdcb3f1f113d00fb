using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BlazorShop.Tests.Infrastructure;

/// <summary>
/// An embedded store that already has goods upgrades without losing search: the SkuBrand migration rebuilds the
/// Skus table (which drops triggers), and the search index must still follow every later change.
/// </summary>
public class SqliteUpgradeTests
{
    [Fact]
    public async Task A_database_with_goods_upgrades_and_keeps_its_search_index_working()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bs-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteShopDbContext>();
            DatabaseSetup.ConfigureSqlite(options, $"Data Source={file};Pooling=False");
            options.AddInterceptors(new SearchIndexInterceptor());
            await using var db = new SqliteShopDbContext(options.Options);
            var migrator = db.GetService<IMigrator>();
            var search = db.Database.GetMigrations().Single(m => m.EndsWith("_Search"));
            await migrator.MigrateAsync(search);

            // Goods written by the older version (raw SQL: the current model has columns that did not exist yet).
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Categories" ("Id", "Name", "Level", "Sequence") VALUES (1, '冰箱', 1, 1);
                INSERT INTO "Brands" ("Id", "Name", "FirstLetter") VALUES (7, '海尔', 'H');
                INSERT INTO "Spus" ("Id", "Name", "BrandId", "Category1Id", "Category2Id", "Category3Id", "Sales", "CommentCount", "Description", "Packing", "AfterSale", "CreatedAt", "UpdatedAt")
                    VALUES (1, '海尔冰箱', 7, 1, 1, 1, 0, 0, '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00');
                """);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Skus" ("Id", "SpuId", "CategoryId", "Name", "Caption", "Price", "MarketPrice", "CostPrice", "Stock", "Sales", "CommentCount", "IsLaunched", "CreatedAt", "UpdatedAt", "RowVersion", "SearchName", "SearchCaption")
                    VALUES (1, 1, 1, '海尔 双开门冰箱', '', 3999, 4299, 3000, 5, 0, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, {0}, '');
                """, SearchTokenizer.ForIndex("海尔 双开门冰箱"));

            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(7, await db.Skus.Where(s => s.Id == 1).Select(s => s.BrandId).SingleAsync());
            Assert.Equal(1, await CountMatchesAsync(db, "\"冰箱\""));

            // The start-up backfill gives the old goods their brand/category and spec tokens.
            Assert.Equal(0, await CountMatchesAsync(db, "SearchTags : \"海尔\""));
            Assert.Equal(1, await SearchIndexBackfill.RunAsync(db));
            Assert.Equal(1, await CountMatchesAsync(db, "SearchTags : \"海尔\""));
            Assert.Equal(1, await CountMatchesAsync(db, "SearchTags : \"冰箱\""));

            // And it still follows edits made after the upgrade.
            var sku = await db.Skus.SingleAsync(s => s.Id == 1);
            sku.Name = "海尔 十字对开门 冰柜";
            await db.SaveChangesAsync();
            Assert.Equal(0, await CountMatchesAsync(db, "\"双开\""));
            Assert.Equal(1, await CountMatchesAsync(db, "\"冰柜\""));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static Task<int> CountMatchesAsync(ShopDbContext db, string match) =>
        db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "SkuSearch" WHERE "SkuSearch" MATCH {match}""").SingleAsync();
}
