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

    /// <summary>The line → SKU check is deferred to COMMIT (no lock on a hot SKU's row before its stock is taken), but
    /// still made: a line of a SKU that doesn't exist can't be committed, and an ordered SKU can't be deleted.</summary>
    [ServiceFact(Service.Postgres)]
    public async Task Postgres_still_checks_an_order_lines_sku_at_commit_and_keeps_ordered_skus()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<PostgresShopDbContext>();
        DatabaseSetup.ConfigurePostgres(options, database.ConnectionString);
        await using var db = new PostgresShopDbContext(options.Options);
        await db.Database.MigrateAsync();
        var category = new Category { Name = "测试", Level = 1 };
        var brand = new Brand { Name = "测试品牌", FirstLetter = "C" };
        var user = new ShopUser { UserName = "buyer", NormalizedUserName = "BUYER", SecurityStamp = "s" };
        db.AddRange(category, brand, user);
        await db.SaveChangesAsync();
        var spu = new Spu { Name = "测试商品", BrandId = brand.Id, Category1Id = category.Id, Category2Id = category.Id, Category3Id = category.Id };
        db.Add(spu);
        await db.SaveChangesAsync();
        var sku = new Sku { SpuId = spu.Id, CategoryId = category.Id, BrandId = brand.Id, Name = "有货", Price = 1, Stock = 5 };
        db.Add(sku);
        await db.SaveChangesAsync();
        Order NewOrder(string id, long skuId) => new()
        {
            Id = id, UserId = user.Id, Receiver = "张三", Province = "北京市", City = "北京市", District = "海淀区", Place = "1 号",
            Mobile = "13800138000", TotalCount = 1, TotalAmount = 11m, Freight = 10m, PayMethod = PayMethod.CashOnDelivery,
            Status = OrderStatus.ToShip, Lines = [new OrderLine { OrderId = id, SkuId = skuId, SkuName = "x", Count = 1, Price = 1m }],
        };

        var saved = false;
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.InTransactionAsync(async tx =>
        {
            db.Orders.Add(NewOrder("20261122000000000000001", sku.Id + 1000));
            await db.SaveChangesAsync();
            saved = true; // accepted for now: the check waits for the commit
            await tx.CommitAsync();
            return true;
        }));
        Assert.True(saved);
        Assert.Equal(Npgsql.PostgresErrorCodes.ForeignKeyViolation, SqlState(refused));
        db.ChangeTracker.Clear();
        Assert.False(await db.Orders.AnyAsync());

        db.Orders.Add(NewOrder("20261122000000000000002", sku.Id));
        await db.SaveChangesAsync();
        var kept = await Assert.ThrowsAnyAsync<Exception>(() => db.Skus.Where(s => s.Id == sku.Id).ExecuteDeleteAsync());
        Assert.Equal(Npgsql.PostgresErrorCodes.ForeignKeyViolation, SqlState(kept));
        Assert.True(await db.Skus.AnyAsync(s => s.Id == sku.Id));
    }

    private static string? SqlState(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException p) return p.SqlState;
        return null;
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
