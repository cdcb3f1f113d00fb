using System.Collections.Concurrent;
using System.Diagnostics;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Cart;
using BlazorShop.Features.Orders;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace BlazorShop.Benchmarks;

/// <summary>
/// 200 concurrent buyers on one hot SKU (PostgreSQL), three ways side by side in one run:
/// <list type="bullet">
/// <item>ours: the real <see cref="CheckoutService"/> (order, lines, timeline, conditional decrement, SPU sales, one transaction),
/// and the same with its <see cref="PlacingGate"/> opened wide;</item>
/// <item>the ceiling: the bare conditional <c>UPDATE … SET stock = stock - 1 WHERE id = x AND stock &gt;= 1</c>, autocommit;</item>
/// <item>the originals (Meiduo): in a transaction, insert the order, read the stock, <c>UPDATE … WHERE stock = &lt;read&gt;</c>,
/// retried up to 3 times, else "sold out"; then the SPU's sales, the order line and the order's totals, and the commit.</item>
/// </list>
/// Each buyer places <c>orders</c> orders one after another; the stock is plenty, so every "sold out" is spurious.
/// Afterwards stock + sales must equal the starting stock (nothing oversold, nothing lost).
///   dotnet run -c Release --project BlazorShop.Benchmarks -- checkout ["Host=…"] [buyers=200] [orders=5] [rounds=5]
/// </summary>
public static class CheckoutBenchmark
{
    private const int Stock = 1_000_000;

    public static async Task RunAsync(string[] args)
    {
        var server = args.ElementAtOrDefault(0) ?? Environment.GetEnvironmentVariable("BLAZORSHOP_TEST_POSTGRES")
            ?? throw new ArgumentException("pass a PostgreSQL connection string (or set BLAZORSHOP_TEST_POSTGRES)");
        var buyers = int.Parse(args.ElementAtOrDefault(1) ?? "200");
        var perBuyer = int.Parse(args.ElementAtOrDefault(2) ?? "5");
        var rounds = int.Parse(args.ElementAtOrDefault(3) ?? "5");
        var dbName = "bs_bench_checkout_" + Guid.NewGuid().ToString("N")[..8];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = dbName, MaxPoolSize = 100, MaxAutoPrepare = 50 }.ConnectionString;
        await ExecAsync(admin, $"CREATE DATABASE \"{dbName}\" ENCODING 'UTF8' TEMPLATE template0");
        try
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres", ["ConnectionStrings:Shop"] = connectionString,
            }).Build();
            var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config).AddSingleton(TimeProvider.System);
            services.AddShopDatabase(config, Path.GetTempPath());
            await using var provider = services.BuildServiceProvider();
            var contexts = provider.GetRequiredService<IDbContextFactory<ShopDbContext>>();
            await using (var db = contexts.CreateDbContext()) await db.Database.MigrateAsync();
            var world = await World.CreateAsync(contexts, buyers);
            var checkout = NewCheckout(contexts, new OrderOptions());
            // The same, with a gate too wide to ever close: what the gate is worth.
            var ungated = NewCheckout(contexts, new OrderOptions { PlacingPerSku = 1000 });

            Console.WriteLine($"Checkout benchmark: {buyers} concurrent buyers × {perBuyer} orders on one SKU (PostgreSQL), {rounds} rounds, stock plenty");
            Console.WriteLine($"{"round",-6}{"strategy",-36}{"orders/s",10}{"sold out (spurious)",22}{"ms",8}{"app CPU ms/order",18}");
            var totals = new Dictionary<string, (double Rate, int Spurious)>();
            var strategies = new (string Name, Func<int, Task<bool>> Attempt)[]
            {
                ("ours (CheckoutService)", b => OursAsync(checkout, world, b)),
                ("ours without the placing gate", b => OursAsync(ungated, world, b)),
                ("raw conditional UPDATE (ceiling)", _ => RawAsync(connectionString, world.SkuId)),
                ("originals (read, UPDATE =, 3 tries)", b => OriginalsAsync(contexts, world, b)),
            };
            // Untimed: compile every path and fill the connection pool, so round 1 measures the steady state too.
            foreach (var (_, attempt) in strategies) await MeasureAsync(buyers, 2, attempt);
            retries = 0;
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (name, attempt) in strategies)
                {
                    var (rate, spurious, ms, cpu) = await MeasureAsync(buyers, perBuyer, attempt);
                    Console.WriteLine($"{round,-6}{name,-36}{rate,10:0}{spurious,22}{ms,8}{cpu,18:0.00}");
                    var t = totals.GetValueOrDefault(name);
                    totals[name] = (t.Rate + rate / rounds, t.Spurious + spurious);
                }
            }
            var ours = totals["ours (CheckoutService)"];
            var raw = totals["raw conditional UPDATE (ceiling)"];
            var originals = totals["originals (read, UPDATE =, 3 tries)"];
            await using (var db = contexts.CreateDbContext())
            {
                var sku = await db.Skus.AsNoTracking().SingleAsync(s => s.Id == world.SkuId);
                Console.WriteLine($"stock {sku.Stock:N0} + sales {sku.Sales:N0} = {sku.Stock + sku.Sales:N0} (started with {Stock:N0}: {(sku.Stock + sku.Sales == Stock && sku.Stock >= 0 ? "nothing oversold or lost" : "MISMATCH")})");
            }
            Console.WriteLine($"mean orders/s: ours {ours.Rate:0}, raw UPDATE {raw.Rate:0}, originals {originals.Rate:0}");
            Console.WriteLine($"ours = {ours.Rate / raw.Rate:P0} of the raw UPDATE's rate (target ≥ 50%), {ours.Rate / originals.Rate:0.0}× the originals (target ≥ 3×)");
            Console.WriteLine($"spurious sold out: ours {ours.Spurious}, originals {originals.Spurious} of {rounds * buyers * perBuyer} attempts each; the originals redid {retries} reads and updates after a conflict (ours: none, it has no retry)");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{dbName}\" WITH (FORCE)");
        }
    }

    /// <summary>Orders/s, spurious failures, wall time, and this process's CPU time per attempt (the app side's cost).</summary>
    private static async Task<(double Rate, int Spurious, long Ms, double CpuMsPerOrder)> MeasureAsync(int buyers, int perBuyer, Func<int, Task<bool>> attempt)
    {
        var failures = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, buyers).Select(b => Task.Run(async () =>
        {
            for (var i = 0; i < perBuyer; i++)
                if (!await attempt(b)) Interlocked.Increment(ref failures);
        })));
        clock.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (buyers * perBuyer);
        return ((buyers * perBuyer - failures) / clock.Elapsed.TotalSeconds, failures, clock.ElapsedMilliseconds, cpuMs);
    }

    private static async Task<bool> OursAsync(ICheckout checkout, World world, int buyer)
    {
        var result = await checkout.PlaceOrderAsync(world.Users[buyer], new PlaceOrderRequest(
            [new CheckoutLine(world.SkuId, 1)], world.Addresses[buyer], PayMethod.CashOnDelivery, null, CheckoutSource.BuyNow, null));
        return result.Succeeded;
    }

    private static async Task<bool> RawAsync(string connectionString, long skuId)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "UPDATE \"Skus\" SET \"Stock\" = \"Stock\" - 1, \"Sales\" = \"Sales\" + 1 WHERE \"Id\" = @id AND \"Stock\" >= 1", c);
        cmd.Parameters.AddWithValue("id", skuId);
        return await cmd.ExecuteNonQueryAsync() == 1;
    }

    private static readonly ConcurrentDictionary<int, int> Sequence = new();
    private static int retries; // the originals' conflicts: an UPDATE that found the stock changed since its read

    /// <summary>
    /// The originals' OrderCommitView (../shared/seeds: Meiduo's, with the optimistic "try three times" of its write-up;
    /// 家电之选's is the same with an endless loop), statement for statement as Django sends them: a transaction and a
    /// savepoint, the order row with zero totals, then per line read the SKU, <c>UPDATE … WHERE stock = &lt;read&gt;</c>
    /// (again from the read if no row, three tries, else "库存不足"), then — holding the SKU's row — read and save the
    /// SPU's sales, insert the order line, save the order's totals, release the savepoint and commit. Slightly kinder
    /// than Django: its <c>save()</c> writes every column, these write only the changed ones.
    /// </summary>
    private static async Task<bool> OriginalsAsync(IDbContextFactory<ShopDbContext> contexts, World world, int buyer)
    {
        await using var db = contexts.CreateDbContext();
        db.Database.AutoSavepointsEnabled = false; // Django's savepoint is the explicit one below
        var userId = world.Users[buyer];
        var n = Sequence.AddOrUpdate(buyer, 1, (_, v) => v + 1);
        var orderId = $"1999{n:D10}{userId:D9}"; // an order-id shape in the past, apart from ours
        const int count = 1;
        return await db.InTransactionAsync(async tx =>
        {
            await tx.CreateSavepointAsync("s");
            // Django creates it with zero totals; our schema wants a count > 0, so the cart's count goes in at once.
            var order = new Order
            {
                Id = orderId, UserId = userId, Receiver = "买家", Province = "北京市", City = "北京市", District = "海淀区", Place = "1 号",
                Mobile = "13800138000", TotalCount = count, TotalAmount = 0m, Freight = 10m, PayMethod = PayMethod.CashOnDelivery,
                Status = OrderStatus.ToShip,
            };
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            var (totalCount, totalAmount) = (0, 0m); // accumulated per line, saved at the end
            for (var attempt = 0; ; attempt++)
            {
                if (attempt == 3)
                {
                    await tx.RollbackToSavepointAsync("s");
                    return false; // "库存不足" although stock remained
                }
                var sku = await db.Skus.AsNoTracking().Where(s => s.Id == world.SkuId)
                    .Select(s => new { s.Stock, s.Sales, s.Price, s.Name, s.SpuId }).SingleAsync();
                if (count > sku.Stock)
                {
                    await tx.RollbackToSavepointAsync("s");
                    return false;
                }
                var updated = await db.Skus.Where(s => s.Id == world.SkuId && s.Stock == sku.Stock)
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.Stock, sku.Stock - count).SetProperty(k => k.Sales, sku.Sales + count));
                if (updated == 0) { Interlocked.Increment(ref retries); continue; }
                // sku.goods.sales += count; sku.goods.save()
                var spuSales = await db.Spus.Where(p => p.Id == sku.SpuId).Select(p => p.Sales).SingleAsync();
                await db.Spus.Where(p => p.Id == sku.SpuId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sales, spuSales + count));
                // OrderGoods.objects.create(...)
                db.Add(new OrderLine { OrderId = orderId, SkuId = world.SkuId, SkuName = sku.Name, Count = count, Price = sku.Price });
                await db.SaveChangesAsync();
                (totalCount, totalAmount) = (totalCount + count, totalAmount + sku.Price * count);
                break;
            }
            // order.total_count/amount accumulated per line, plus the freight; order.save()
            (order.TotalCount, order.TotalAmount) = (totalCount, totalAmount + order.Freight);
            await db.SaveChangesAsync();
            await tx.ReleaseSavepointAsync("s");
            await tx.CommitAsync();
            return true;
        });
    }

    private static CheckoutService NewCheckout(IDbContextFactory<ShopDbContext> contexts, OrderOptions options)
    {
        var clock = TimeProvider.System;
        var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
        var cartOptions = MsOptions.Create(new CartOptions());
        var cart = new CartService(new DatabaseCartStore(contexts, clock, cartOptions), contexts, bus, cartOptions);
        var book = new AddressBook(contexts, new AreaCache(contexts), clock);
        var balance = new BalanceLedger(contexts, MsOptions.Create(new BalanceOptions()), clock, NullLogger<BalanceLedger>.Instance);
        var orderOptions = MsOptions.Create(options);
        return new CheckoutService(contexts, cart, book, balance, bus, new PlacingGate(orderOptions), clock, orderOptions, cartOptions,
            NullLogger<CheckoutService>.Instance);
    }

    private sealed record World(long SkuId, long[] Users, long[] Addresses)
    {
        public static async Task<World> CreateAsync(IDbContextFactory<ShopDbContext> contexts, int buyers)
        {
            await using var db = contexts.CreateDbContext();
            db.Areas.AddRange(new Area { Id = 110000, Name = "北京市" }, new Area { Id = 110100, Name = "北京市", ParentId = 110000 },
                new Area { Id = 110108, Name = "海淀区", ParentId = 110100 });
            var c1 = new Category { Name = "家电", Level = 1 };
            var brand = new Brand { Name = "美的", FirstLetter = "M" };
            db.AddRange(c1, brand);
            await db.SaveChangesAsync();
            var spu = new Spu { Name = "热销空调", BrandId = brand.Id, Category1Id = c1.Id, Category2Id = c1.Id, Category3Id = c1.Id };
            db.Add(spu);
            await db.SaveChangesAsync();
            var sku = new Sku { SpuId = spu.Id, CategoryId = c1.Id, BrandId = brand.Id, Name = "热销空调 1.5 匹", Price = 100m, Stock = Stock, IsLaunched = true };
            db.Add(sku);
            var users = Enumerable.Range(0, buyers).Select(i => new ShopUser { UserName = $"buyer{i}", NormalizedUserName = $"BUYER{i}", SecurityStamp = Guid.NewGuid().ToString("N") }).ToList();
            db.Users.AddRange(users);
            await db.SaveChangesAsync();
            var addresses = users.Select(u => new Address
            {
                UserId = u.Id, Title = "家", Receiver = "买家", ProvinceId = 110000, CityId = 110100, DistrictId = 110108,
                Place = "中关村 1 号", Mobile = "13800138000", IsDefault = true,
            }).ToList();
            db.Addresses.AddRange(addresses);
            await db.SaveChangesAsync();
            return new World(sku.Id, [.. users.Select(u => u.Id)], [.. addresses.Select(a => a.Id)]);
        }
    }

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}
