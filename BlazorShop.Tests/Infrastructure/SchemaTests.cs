using System.Data.Common;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Tests.Infrastructure;

/// <summary>
/// An empty database of each provider is upgraded by the migrations, and what they build is what the model
/// describes: every table and column exists, and the invariants the database holds (check constraints) hold.
/// </summary>
public class SchemaTests
{
    [Fact]
    public async Task Sqlite_migrations_build_the_model_schema()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bs-schema-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteShopDbContext>();
            DatabaseSetup.ConfigureSqlite(options, $"Data Source={file};Pooling=False");
            await using var db = new SqliteShopDbContext(options.Options);
            await AssertMigratesToModelAsync(db, "SELECT name, type FROM sqlite_master WHERE type = 'table'",
                table => $"SELECT name FROM pragma_table_info('{table}')");
        }
        finally { File.Delete(file); }
    }

    [ServiceFact(Service.Postgres)]
    public async Task Postgres_migrations_build_the_model_schema()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<PostgresShopDbContext>();
        DatabaseSetup.ConfigurePostgres(options, database.ConnectionString);
        await using var db = new PostgresShopDbContext(options.Options);
        await AssertMigratesToModelAsync(db, "SELECT table_name, 'table' FROM information_schema.tables WHERE table_schema = 'public'",
            table => $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'");
    }

    private static async Task AssertMigratesToModelAsync(ShopDbContext db, string tablesSql, Func<string, string> columnsSql)
    {
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // The migrations' snapshot is the current model: nobody changed an entity without adding a migration.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: run scripts/add-migration.sh");

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = (await QueryAsync(connection, tablesSql)).ToHashSet();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            Assert.Contains(table, tables);
            var columns = (await QueryAsync(connection, columnsSql(table))).ToHashSet();
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
                Assert.True(columns.Contains(property.GetColumnName(store)!), $"{table}.{property.GetColumnName(store)} is missing");
        }

        await AssertCheckConstraintsHoldAsync(db);
    }

    private static async Task AssertCheckConstraintsHoldAsync(ShopDbContext db)
    {
        var category = new Category { Name = "测试", Level = 1 };
        var brand = new Brand { Name = "测试品牌", FirstLetter = "C" };
        db.AddRange(category, brand);
        await db.SaveChangesAsync();
        var spu = new Spu { Name = "测试商品", BrandId = brand.Id, Category1Id = category.Id, Category2Id = category.Id, Category3Id = category.Id };
        db.Add(spu);
        await db.SaveChangesAsync();

        db.Add(new Sku { SpuId = spu.Id, CategoryId = category.Id, BrandId = brand.Id, Name = "负库存", Price = 1, Stock = -1 });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var sku = new Sku { SpuId = spu.Id, CategoryId = category.Id, BrandId = brand.Id, Name = "正常", Price = 1999.99m, MarketPrice = 2199m, Stock = 3 };
        db.Add(sku);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        // Money survives the round trip exactly (SQLite stores REAL, PostgreSQL numeric(12,2)).
        Assert.Equal(1999.99m, await db.Skus.Where(s => s.Id == sku.Id).Select(s => s.Price).SingleAsync());

        // The atomic decrement that checkout will use cannot take stock below zero.
        var taken = await db.Skus.Where(s => s.Id == sku.Id && s.Stock >= 5)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Stock, s => s.Stock - 5));
        Assert.Equal(0, taken);

        db.Add(new ShopUser { UserName = "negative", Balance = -1m });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // A concurrent admin edit loses loudly instead of overwriting.
        var first = await db.Skus.SingleAsync(s => s.Id == sku.Id);
        await db.Skus.Where(s => s.Id == sku.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.RowVersion, s => s.RowVersion + 1));
        first.Price = 1.00m;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result.Add(reader.GetString(0));
        return result;
    }
}
