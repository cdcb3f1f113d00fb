using System.Diagnostics;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Cart;
using BlazorShop.Features.Orders;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BlazorShop.Tests.Features.Orders;

/// <summary>Placing orders on both databases: never oversold, never a spurious "sold out", all or nothing, prices and
/// addresses from the server, unique ids, double submissions, balance payments.</summary>
[Collection("orders")]
public class CheckoutTests(OrderApps apps, ITestOutputHelper output)
{
    public static TheoryData<string> Providers => OrderApps.Providers;

    private static ICheckout Checkout(ShopAppFactory app) => app.Services.GetRequiredService<ICheckout>();

    [Theory, MemberData(nameof(Providers))]
    public async Task Two_hundred_buyers_of_fifty_in_stock_get_exactly_fifty_orders_and_the_rest_are_told_sold_out(string provider)
    {
        var app = await apps.GetAsync(provider);
        var sku = await OrderTestData.SkuAsync(app, stock: 50, price: 88m);
        var before = await OrderTestData.StockAsync(app, sku);
        var buyers = await OrderTestData.CrowdAsync(app, 200);
        var checkout = Checkout(app);

        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(buyers.Select(b => Task.Run(() =>
            checkout.PlaceOrderAsync(b.Id, OrderTestData.Request(b, PayMethod.CashOnDelivery, (sku, 1))))));
        clock.Stop();

        var placed = results.Where(r => r.Outcome == PlaceOrderOutcome.Placed).ToList();
        Assert.Equal(50, placed.Count);
        Assert.All(results.Where(r => !r.Succeeded), r =>
        {
            Assert.Equal(PlaceOrderOutcome.SoldOut, r.Outcome);
            Assert.Equal(sku, r.SkuId);
            Assert.Equal(0, r.Left);
        });
        var after = await OrderTestData.StockAsync(app, sku);
        Assert.Equal(0, after.Stock);
        Assert.Equal(before.Sales + 50, after.Sales);
        Assert.Equal(before.SpuSales + 50, after.SpuSales);
        await using var db = OrderTestData.Db(app);
        Assert.Equal(50, await db.OrderLines.CountAsync(l => l.SkuId == sku));
        Assert.Equal(50, placed.Select(p => p.OrderId).Distinct().Count());
        output.WriteLine($"{provider}: 200 buyers, {placed.Count} orders, {results.Length - placed.Count} sold out, {clock.ElapsedMilliseconds} ms");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Buyers_are_never_told_sold_out_while_stock_remains(string provider)
    {
        var app = await apps.GetAsync(provider);
        var sku = await OrderTestData.SkuAsync(app, stock: 120);
        var buyers = await OrderTestData.CrowdAsync(app, 100);
        var checkout = Checkout(app);

        var results = await Task.WhenAll(buyers.Select(b => Task.Run(() =>
            checkout.PlaceOrderAsync(b.Id, OrderTestData.Request(b, PayMethod.CashOnDelivery, (sku, 1))))));

        Assert.All(results, r => Assert.Equal(PlaceOrderOutcome.Placed, r.Outcome));
        Assert.Equal(20, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_order_whose_second_line_cannot_be_had_leaves_no_trace(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var skus = await OrderTestData.SkusAsync(app, (10, 50m), (2, 80m));
        var cart = app.Services.GetRequiredService<CartService>();
        var owner = CartOwner.User(buyer.Id);
        await cart.AddAsync(owner, skus[0], 3);
        await cart.AddAsync(owner, skus[1], 2);
        await using (var db = OrderTestData.Db(app))
            await db.Skus.Where(s => s.Id == skus[1]).ExecuteUpdateAsync(s => s.SetProperty(k => k.Stock, 1)); // sold meanwhile
        var before = await OrderTestData.StockAsync(app, skus[0]);

        var result = await Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (skus[0], 3), (skus[1], 2)) with { Source = CheckoutSource.Cart });

        Assert.Equal(PlaceOrderOutcome.SoldOut, result.Outcome);
        Assert.Equal(skus[1], result.SkuId);
        Assert.Equal(1, result.Left);
        Assert.EndsWith("款2", result.SkuName);
        Assert.Equal(before, await OrderTestData.StockAsync(app, skus[0]));
        Assert.Equal(1, (await OrderTestData.StockAsync(app, skus[1])).Stock);
        await using var check = OrderTestData.Db(app);
        Assert.False(await check.Orders.AnyAsync(o => o.UserId == buyer.Id));
        Assert.False(await check.OrderLines.AnyAsync(l => skus.Contains(l.SkuId)));
        var lines = (await cart.GetViewAsync(owner)).Lines;
        Assert.Equal([(skus[0], 3), (skus[1], 2)], lines.OrderBy(l => l.SkuId).Select(l => (l.SkuId, l.Count)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Only_the_ordered_lines_leave_the_cart(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var skus = await OrderTestData.SkusAsync(app, (10, 50m), (10, 80m), (10, 5m));
        var cart = app.Services.GetRequiredService<CartService>();
        var owner = CartOwner.User(buyer.Id);
        foreach (var sku in skus) await cart.AddAsync(owner, sku, 1);
        await cart.SelectAsync(owner, skus[2], false);

        var settlement = await Checkout(app).GetSettlementAsync(buyer.Id, null);
        Assert.Equal([skus[0], skus[1]], settlement.Lines.Select(l => l.SkuId).Order());
        Assert.Equal(50m + 80m + 10m, settlement.Total);
        var request = new PlaceOrderRequest([.. settlement.Lines.Select(l => new CheckoutLine(l.SkuId, l.Count))], buyer.AddressId,
            PayMethod.CashOnDelivery, settlement.Total, CheckoutSource.Cart, Guid.NewGuid().ToString());
        var result = await Checkout(app).PlaceOrderAsync(buyer.Id, request);

        Assert.Equal(PlaceOrderOutcome.Placed, result.Outcome);
        Assert.Equal([skus[2]], (await cart.GetViewAsync(owner)).Lines.Select(l => l.SkuId));
        await using var db = OrderTestData.Db(app);
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.History).SingleAsync(o => o.Id == result.OrderId);
        Assert.Equal(OrderStatus.ToShip, order.Status);
        Assert.Equal(140m, order.TotalAmount);
        Assert.Equal(10m, order.Freight);
        Assert.Equal(2, order.TotalCount);
        Assert.Equal("张三", order.Receiver);
        Assert.Single(order.History);
        Assert.Matches("^[0-9]{14}" + buyer.Id.ToString("D9") + "$", order.Id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_total_that_does_not_match_the_database_prices_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10, price: 999m);

        var result = await Checkout(app).PlaceOrderAsync(buyer.Id,
            OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)) with { ExpectedTotal = 1.00m });

        Assert.Equal(PlaceOrderOutcome.PriceChanged, result.Outcome);
        Assert.Equal(10, (await OrderTestData.StockAsync(app, sku)).Stock);
        await using var db = OrderTestData.Db(app);
        Assert.False(await db.Orders.AnyAsync(o => o.UserId == buyer.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_order_price_comes_from_the_database(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10, price: 123.45m);

        var result = await Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 2)));

        await using var db = OrderTestData.Db(app);
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == result.OrderId);
        Assert.Equal(123.45m, order.Lines.Single().Price);
        Assert.Equal(256.90m, order.TotalAmount);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Someone_elses_address_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var other = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10);

        var result = await Checkout(app).PlaceOrderAsync(buyer.Id,
            OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)) with { AddressId = other.AddressId });

        Assert.Equal(PlaceOrderOutcome.AddressNotFound, result.Outcome);
        Assert.Equal(10, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_address_the_shopper_deleted_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10);
        await using (var db = OrderTestData.Db(app))
            await db.Addresses.Where(a => a.Id == buyer.AddressId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDeleted, true).SetProperty(a => a.IsDefault, false));

        var result = await Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)));

        Assert.Equal(PlaceOrderOutcome.AddressNotFound, result.Outcome);
        Assert.Equal(10, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_order_keeps_a_snapshot_of_the_address_and_the_goods_as_they_were(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10, price: 66m);
        await using var db = OrderTestData.Db(app);
        await db.Skus.Where(s => s.Id == sku).ExecuteUpdateAsync(s => s.SetProperty(k => k.DefaultImage, "goods/snapshot.jpg"));
        var address = await db.Addresses.AsNoTracking().Where(a => a.Id == buyer.AddressId)
            .Select(a => new { a.Receiver, Province = a.Province!.Name, City = a.City!.Name, District = a.District!.Name, a.Place, a.Mobile }).SingleAsync();
        var name = await db.Skus.Where(s => s.Id == sku).Select(s => s.Name).SingleAsync();

        var result = await Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 3)));
        // Later edits don't reach the order.
        await db.Addresses.Where(a => a.Id == buyer.AddressId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Place, "搬走了"));
        await db.Skus.Where(s => s.Id == sku).ExecuteUpdateAsync(s => s.SetProperty(k => k.Name, "改名了").SetProperty(k => k.Price, 1m));

        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == result.OrderId);
        Assert.Equal((address.Receiver, address.Province, address.City, address.District, address.Place, address.Mobile),
            (order.Receiver, order.Province, order.City, order.District, order.Place, order.Mobile));
        var line = Assert.Single(order.Lines);
        Assert.Equal((sku, name, "goods/snapshot.jpg", 3, 66m), (line.SkuId, line.SkuName, line.Image, line.Count, line.Price));
        Assert.Equal((3, 208m), (order.TotalCount, order.TotalAmount));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Withdrawn_goods_bad_counts_and_duplicate_lines_are_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var skus = await OrderTestData.SkusAsync(app, (10, 5m), (10, 5m));
        await using (var db = OrderTestData.Db(app))
            await db.Skus.Where(s => s.Id == skus[1]).ExecuteUpdateAsync(s => s.SetProperty(k => k.IsLaunched, false));
        var checkout = Checkout(app);

        Assert.Equal(PlaceOrderOutcome.Unavailable, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (skus[1], 1)))).Outcome);
        Assert.Equal(PlaceOrderOutcome.Unavailable, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (long.MaxValue, 1)))).Outcome);
        Assert.Equal(PlaceOrderOutcome.InvalidCount, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (skus[0], 0)))).Outcome);
        Assert.Equal(PlaceOrderOutcome.InvalidCount, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (skus[0], -3)))).Outcome);
        Assert.Equal(PlaceOrderOutcome.InvalidCount, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (skus[0], 1), (skus[0], 1)))).Outcome);
        Assert.Equal(PlaceOrderOutcome.NoLines, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery))).Outcome);
        Assert.Equal(PlaceOrderOutcome.InvalidPayMethod, (await checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, (PayMethod)42, (skus[0], 1)))).Outcome);
        Assert.Equal(10, (await OrderTestData.StockAsync(app, skus[0])).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_burst_of_orders_from_one_user_gets_unique_ids(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 100);
        var checkout = Checkout(app);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            checkout.PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1))))));

        Assert.All(results, r => Assert.Equal(PlaceOrderOutcome.Placed, r.Outcome));
        Assert.Equal(12, results.Select(r => r.OrderId).Distinct().Count());
        Assert.All(results, r => Assert.EndsWith(buyer.Id.ToString("D9"), r.OrderId));
        Assert.Equal(88, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Submitting_the_same_settlement_twice_places_one_order(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10);
        var request = OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)) with { Token = Guid.NewGuid().ToString() };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Checkout(app).PlaceOrderAsync(buyer.Id, request))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results.Select(r => r.OrderId).Distinct());
        Assert.Equal(9, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Alipay_orders_wait_unpaid_with_an_expiry_and_cash_on_delivery_goes_to_ship(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10);

        var alipay = await Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.Alipay, (sku, 1)));
        var cod = await Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)));

        await using var db = OrderTestData.Db(app);
        var unpaid = await db.Orders.SingleAsync(o => o.Id == alipay.OrderId);
        Assert.Equal(OrderStatus.Unpaid, unpaid.Status);
        Assert.Equal(unpaid.CreatedAt.AddMinutes(30), unpaid.ExpiresAt);
        var toShip = await db.Orders.SingleAsync(o => o.Id == cod.OrderId);
        Assert.Equal(OrderStatus.ToShip, toShip.Status);
        Assert.Null(toShip.ExpiresAt);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Concurrent_balance_payments_never_take_the_balance_below_zero(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 100, price: 40m);
        var balances = app.Services.GetRequiredService<IBalanceService>();
        await balances.CreditAsync(buyer.Id, 200m, LedgerKind.Adjustment);

        // Each order costs 40 + 10 freight: 200 pays for exactly four of the ten.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            Checkout(app).PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.Balance, (sku, 1))))));

        Assert.Equal(4, results.Count(r => r.Outcome == PlaceOrderOutcome.Placed));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(PlaceOrderOutcome.InsufficientBalance, r.Outcome));
        Assert.Equal(0m, await balances.GetBalanceAsync(buyer.Id));
        Assert.Equal(96, (await OrderTestData.StockAsync(app, sku)).Stock); // refused orders gave their stock back
        await using var db = OrderTestData.Db(app);
        var orders = await db.Orders.Where(o => o.UserId == buyer.Id).ToListAsync();
        Assert.Equal(4, orders.Count);
        Assert.All(orders, o => { Assert.Equal(OrderStatus.ToShip, o.Status); Assert.NotNull(o.PaidAt); });
        Assert.Equal(4, await db.BalanceLedger.CountAsync(e => e.UserId == buyer.Id && e.Kind == LedgerKind.OrderPayment));
    }
}
