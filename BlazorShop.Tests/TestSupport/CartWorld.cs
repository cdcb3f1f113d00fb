using BlazorShop.Domain;
using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// A small catalog in a real database (SQLite file, or PostgreSQL) and a cart service over one of the real stores:
/// "Database" (SQLite), "Postgres" (the database store on PostgreSQL) or "Redis" (the Redis store; catalog in SQLite).
/// SKUs: in stock (50), few (3), big (5,000: the line limit 999 applies), off sale, sold out, and 101 more in stock.
/// </summary>
public sealed class CartWorld : IAsyncDisposable
{
    public required string StoreName { get; init; }
    public required IDbContextFactory<ShopDbContext> Contexts { get; init; }
    public InProcessEventBus Bus { get; } = new(NullLogger<InProcessEventBus>.Instance);
    public TestClock Clock { get; } = new();
    public CartOptions Options { get; } = new() { RedisKeyPrefix = $"test:cart:{Guid.NewGuid():N}:" };
    public ICartStore Store { get; private set; } = default!;
    public CartService Service { get; private set; } = default!;
    public long InStock { get; private set; }
    public long Few { get; private set; }
    public long Big { get; private set; }
    public long OffSale { get; private set; }
    public long SoldOut { get; private set; }
    public List<long> More { get; } = [];
    public long UserA { get; private set; }
    public long UserB { get; private set; }

    private string? _file;
    private PostgresDatabase? _postgres;
    private ServiceProvider? _provider;
    private ConnectionMultiplexer? _redis;

    /// <summary>Database always; Redis and Postgres when their servers are configured (always in CI).</summary>
    public static TheoryData<string> Stores
    {
        get
        {
            var data = new TheoryData<string> { "Database" };
            if (TestServices.Redis is not null || TestServices.Required) data.Add("Redis");
            if (TestServices.Postgres is not null || TestServices.Required) data.Add("Postgres");
            return data;
        }
    }

    public static async Task<CartWorld> CreateAsync(string store)
    {
        var services = new ServiceCollection();
        string? file = null;
        PostgresDatabase? postgres = null;
        if (store == "Postgres")
        {
            postgres = await PostgresDatabase.CreateAsync();
            services.AddDbContextFactory<PostgresShopDbContext>(o => DatabaseSetup.ConfigurePostgres(o, postgres.ConnectionString));
        }
        else
        {
            file = Path.Combine(Path.GetTempPath(), $"bs-cart-{Guid.NewGuid():N}.db");
            services.AddDbContextFactory<SqliteShopDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={file}"));
        }
        var provider = services.BuildServiceProvider();
        IDbContextFactory<ShopDbContext> contexts = store == "Postgres"
            ? new Factory<PostgresShopDbContext>(provider.GetRequiredService<IDbContextFactory<PostgresShopDbContext>>())
            : new Factory<SqliteShopDbContext>(provider.GetRequiredService<IDbContextFactory<SqliteShopDbContext>>());
        var world = new CartWorld { StoreName = store, Contexts = contexts, _file = file, _postgres = postgres, _provider = provider };
        await world.SeedAsync();
        world.UseStore();
        return world;
    }

    /// <summary>(Re)builds the store and service from <see cref="Options"/> (a test may change a limit first).</summary>
    public void UseStore()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        if (StoreName == "Redis")
        {
            _redis ??= ConnectionMultiplexer.Connect(TestServices.Require(TestServices.Redis, "BLAZORSHOP_TEST_REDIS"));
            Store = new RedisCartStore(_redis, options);
        }
        else Store = new DatabaseCartStore(Contexts, Clock, options);
        Service = new CartService(Store, Contexts, Bus, options);
    }

    /// <summary>A time-to-live of a Redis key (null when it has none or the store is not Redis).</summary>
    public async Task<TimeSpan?> RedisTtlAsync(CartOwner owner) =>
        _redis is null ? null : await _redis.GetDatabase().KeyTimeToLiveAsync(Options.RedisKeyPrefix + owner.Key);

    private async Task SeedAsync()
    {
        await using var db = Contexts.CreateDbContext();
        await db.Database.MigrateAsync();
        var category = new Category { Name = "手机", Level = 1 };
        var brand = new Brand { Name = "华为", FirstLetter = "H" };
        var a = new ShopUser { UserName = "cart-a" };
        var b = new ShopUser { UserName = "cart-b" };
        db.AddRange(category, brand, a, b);
        await db.SaveChangesAsync();
        var spu = new Spu { Name = "P", BrandId = brand.Id, Category1Id = category.Id, Category2Id = category.Id, Category3Id = category.Id };
        db.Add(spu);
        await db.SaveChangesAsync();
        Sku Make(string name, int stock, bool launched = true, decimal price = 10m) =>
            new() { Name = name, SpuId = spu.Id, CategoryId = category.Id, BrandId = brand.Id, Price = price, Stock = stock, IsLaunched = launched };
        var (inStock, few, big, off, sold) = (Make("有货", 50, price: 12.5m), Make("仅剩", 3, price: 99m), Make("很多", 5000, price: 1m), Make("下架", 50, launched: false), Make("售罄", 0));
        var more = Enumerable.Range(0, 101).Select(i => Make($"更多 {i}", 10)).ToList();
        db.AddRange([inStock, few, big, off, sold, .. more]);
        await db.SaveChangesAsync();
        (InStock, Few, Big, OffSale, SoldOut, UserA, UserB) = (inStock.Id, few.Id, big.Id, off.Id, sold.Id, a.Id, b.Id);
        More.AddRange(more.Select(m => m.Id));
    }

    private sealed class Factory<T>(IDbContextFactory<T> inner) : IDbContextFactory<ShopDbContext> where T : ShopDbContext
    {
        public ShopDbContext CreateDbContext() => inner.CreateDbContext();
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            var server = _redis.GetServer(_redis.GetEndPoints()[0]);
            foreach (var key in server.Keys(pattern: Options.RedisKeyPrefix + "*")) await _redis.GetDatabase().KeyDeleteAsync(key);
            _redis.Dispose();
        }
        if (_provider is not null) await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_file is not null) File.Delete(_file);
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
