using System.Globalization;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Admin.Orders;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin;

/// <summary>
/// The orders grid and the CSV downloads: an export holds exactly the rows the same filter shows; ship and cancel move
/// an order once (stock back, balance payments refunded; Alipay refused until the payment feature provides refunds).
/// </summary>
[Collection("admin")]
public class AdminOrdersAndExportTests(AdminApps apps)
{
    private static int _sequence;

    /// <summary>An order of the shopper for one SKU, created at <paramref name="createdUtc"/> (as checkout writes it).</summary>
    private static async Task<string> OrderAsync(ShopAppFactory app, TestShopper shopper, DateTime createdUtc, OrderStatus status,
        PayMethod pay = PayMethod.CashOnDelivery, int count = 2)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var sku = await db.Skus.Where(s => s.IsLaunched && s.Stock > 10).OrderBy(s => s.Id).FirstAsync();
        var id = createdUtc.AddHours(8).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (shopper.Id * 100 + Interlocked.Increment(ref _sequence) % 100).ToString("D9", CultureInfo.InvariantCulture);
        db.Orders.Add(new Order
        {
            Id = id, UserId = shopper.Id, Receiver = "张三", Province = "北京市", City = "北京市", District = "东城区", Place = "东华门街道 1 号",
            Mobile = shopper.Mobile, TotalCount = count, TotalAmount = sku.Price * count + Order.FlatFreight, Freight = Order.FlatFreight,
            PayMethod = pay, Status = status, CreatedAt = createdUtc,
            Lines = [new OrderLine { OrderId = id, SkuId = sku.Id, SkuName = sku.Name, Count = count, Price = sku.Price }],
        });
        await db.SaveChangesAsync();
        return id;
    }

    private static List<string[]> Csv(string text) => text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
        .Select(l => l.Split(',')).ToList();

    [Fact]
    public async Task The_order_export_holds_exactly_the_rows_of_the_filter()
    {
        var app = await apps.GetAsync();
        var shopper = await TestShoppers.CreateAsync(app);
        var other = await TestShoppers.CreateAsync(app);
        var day = new DateTime(2026, 3, 10, 4, 0, 0, DateTimeKind.Utc); // 12:00 China time
        var inRange = await OrderAsync(app, shopper, day, OrderStatus.ToShip);
        var nextDay = await OrderAsync(app, shopper, day.AddDays(1), OrderStatus.ToShip);
        var otherStatus = await OrderAsync(app, shopper, day, OrderStatus.Unpaid, PayMethod.Alipay);
        var otherUser = await OrderAsync(app, other, day, OrderStatus.ToShip);
        // 23:30 on 9 March in China is still 9 March: outside a filter from 10 March.
        var lateEvening = await OrderAsync(app, shopper, new DateTime(2026, 3, 9, 15, 30, 0, DateTimeKind.Utc), OrderStatus.ToShip);

        var query = new OrderGridQuery(Take: 200, Status: OrderStatus.ToShip, From: new DateOnly(2026, 3, 10), To: new DateOnly(2026, 3, 10), User: shopper.UserName);
        var (rows, total) = await app.Services.GetRequiredService<AdminOrderService>().QueryAsync(AdminPeople.Admin(), query);
        Assert.Equal([inRange], rows.Select(r => r.Id));
        Assert.Equal(1, total);

        var client = await TestShoppers.ClientAsync(app, await AdminPeople.CreateAsync(app, Roles.Staff, Permissions.Orders));
        var csv = Csv(await client.GetStringAsync($"/admin/export/orders.csv?status=ToShip&from=2026-03-10&to=2026-03-10&user={shopper.UserName}"));
        Assert.Equal("order_id", csv[0][0]);
        Assert.Equal([inRange], csv.Skip(1).Select(r => r[0]));
        Assert.Equal("2026-03-10 12:00", csv[1][1]);

        var wider = Csv(await client.GetStringAsync($"/admin/export/orders.csv?from=2026-03-09&to=2026-03-11&user={shopper.Id}")).Skip(1).Select(r => r[0]).ToHashSet();
        Assert.Equal(new HashSet<string> { inRange, nextDay, otherStatus, lateEvening }, wider);
        Assert.DoesNotContain(otherUser, wider);
        var byId = Csv(await client.GetStringAsync($"/admin/export/orders.csv?id={otherUser}")).Skip(1).Select(r => r[0]);
        Assert.Equal([otherUser], byId);
    }

    [Fact]
    public async Task The_sku_export_holds_exactly_the_rows_of_the_grid_filter()
    {
        var app = await apps.GetAsync();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var category = await db.Skus.GroupBy(s => s.CategoryId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var brand = await db.Skus.Where(s => s.CategoryId == category).Select(s => s.BrandId).FirstAsync();
        var client = await TestShoppers.ClientAsync(app, await AdminPeople.CreateAsync(app, Roles.Admin));

        var csv = Csv(await client.GetStringAsync($"/admin/export/skus.csv?cat={category}&brand={brand}&launched=true"));
        var expected = await db.Skus.Where(s => s.CategoryId == category && s.BrandId == brand && s.IsLaunched).OrderBy(s => s.Id).Select(s => s.Id.ToString()).ToListAsync();
        Assert.Equal(expected, csv.Skip(1).Select(r => r[0]));
        Assert.Equal("id", csv[0][0]);

        var all = Csv(await client.GetStringAsync("/admin/export/skus.csv"));
        Assert.Equal(await db.Skus.CountAsync(), all.Count - 1);
        var low = Csv(await client.GetStringAsync("/admin/export/skus.csv?low=true"));
        Assert.Equal(await db.Skus.CountAsync(s => s.Stock < 10), low.Count - 1);
    }

    [Fact]
    public async Task Ship_and_cancel_move_an_order_once_and_give_back_stock_and_balance()
    {
        var app = await apps.GetAsync();
        var orders = app.Services.GetRequiredService<AdminOrderService>();
        var balances = app.Services.GetRequiredService<IBalanceService>();
        var shopper = await TestShoppers.CreateAsync(app);
        var now = DateTime.UtcNow;

        var cod = await OrderAsync(app, shopper, now, OrderStatus.ToShip);
        var ships = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => orders.ShipAsync(AdminPeople.Admin(), cod))));
        Assert.Single(ships, r => r == AdminOrderOutcome.Done);
        var detail = (await orders.GetAsync(AdminPeople.Admin(), cod))!;
        Assert.Equal(OrderStatus.ToReceive, detail.Order.Status);
        Assert.Equal(OrderStatus.ToReceive, detail.History.Last().To);
        Assert.Equal(AdminOrderOutcome.WrongStatus, await orders.CancelAsync(AdminPeople.Admin(), cod));

        // Paid from the balance: cancelling refunds it and returns the stock, once.
        await balances.CreditAsync(shopper.Id, 0.01m, LedgerKind.Adjustment);
        var byBalance = await OrderAsync(app, shopper, now, OrderStatus.ToShip, PayMethod.Balance, count: 3);
        int stockBefore;
        decimal amount;
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
        {
            var line = await db.OrderLines.SingleAsync(l => l.OrderId == byBalance);
            stockBefore = await db.Skus.Where(s => s.Id == line.SkuId).Select(s => s.Stock).SingleAsync();
            amount = await db.Orders.Where(o => o.Id == byBalance).Select(o => o.TotalAmount).SingleAsync();
        }
        var cancels = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => orders.CancelAsync(AdminPeople.Admin(), byBalance))));
        Assert.Single(cancels, r => r == AdminOrderOutcome.Done);
        Assert.Equal(amount + 0.01m, await balances.GetBalanceAsync(shopper.Id));
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
        {
            var line = await db.OrderLines.SingleAsync(l => l.OrderId == byBalance);
            Assert.Equal(stockBefore + 3, await db.Skus.Where(s => s.Id == line.SkuId).Select(s => s.Stock).SingleAsync());
            Assert.Equal(OrderStatus.Cancelled, await db.Orders.Where(o => o.Id == byBalance).Select(o => o.Status).SingleAsync());
        }

        // Paid with Alipay but no payment recorded: nothing to refund, so refused, and the order is left as it was.
        var byAlipay = await OrderAsync(app, shopper, now, OrderStatus.ToShip, PayMethod.Alipay);
        Assert.Equal(AdminOrderOutcome.RefundUnavailable, await orders.CancelAsync(AdminPeople.Admin(), byAlipay));
        Assert.Equal(OrderStatus.ToShip, (await orders.GetAsync(AdminPeople.Admin(), byAlipay))!.Order.Status);
        Assert.Equal(AdminOrderOutcome.NotFound, await orders.ShipAsync(AdminPeople.Admin(), "nope"));
    }
}
