using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Orders;

/// <summary>What happens to placed orders: expiry and cancellation return stock exactly once, only legal transitions,
/// review rules, and every action on the owner's orders only.</summary>
[Collection("orders")]
public class OrderActionTests(OrderApps apps)
{
    public static TheoryData<string> Providers => OrderApps.Providers;

    private static async Task<(OrderBuyer Buyer, long Sku, string OrderId)> OrderAsync(ShopAppFactory app, PayMethod pay, int stock = 10, int count = 3)
    {
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock);
        var result = await app.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, pay, (sku, count)));
        Assert.Equal(PlaceOrderOutcome.Placed, result.Outcome);
        return (buyer, sku, result.OrderId!);
    }

    private static async Task SetStatusAsync(ShopAppFactory app, string orderId, OrderStatus status)
    {
        await using var db = OrderTestData.Db(app);
        await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Two_expiry_workers_at_once_return_the_stock_of_an_overdue_order_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (_, sku, orderId) = await OrderAsync(app, PayMethod.Alipay, stock: 10, count: 3);
        Assert.Equal(7, (await OrderTestData.StockAsync(app, sku)).Stock);
        await using (var db = OrderTestData.Db(app))
            await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresAt, o => o.CreatedAt.AddMinutes(-1)));
        var actions = app.Services.GetRequiredService<OrderActions>();

        var cancelled = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => actions.ExpireDueAsync(50))));

        Assert.True(cancelled.Sum() >= 1);
        var stock = await OrderTestData.StockAsync(app, sku);
        Assert.Equal(10, stock.Stock);
        Assert.Equal(0, stock.Sales);
        await using var check = OrderTestData.Db(app);
        var order = await check.Orders.Include(o => o.History).SingleAsync(o => o.Id == orderId);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.NotNull(order.CancelledAt);
        Assert.Single(order.History, h => h.To == OrderStatus.Cancelled && h.Reason == "OrderEvent_Expired");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Orders_not_yet_due_and_paid_orders_are_left_alone_by_expiry(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (_, sku, orderId) = await OrderAsync(app, PayMethod.Alipay, stock: 10, count: 2);
        var (_, codSku, codOrder) = await OrderAsync(app, PayMethod.CashOnDelivery, stock: 10, count: 2);

        await app.Services.GetRequiredService<OrderActions>().ExpireDueAsync(500);

        await using var db = OrderTestData.Db(app);
        Assert.Equal(OrderStatus.Unpaid, await db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
        Assert.Equal(OrderStatus.ToShip, await db.Orders.Where(o => o.Id == codOrder).Select(o => o.Status).SingleAsync());
        Assert.Equal(8, (await OrderTestData.StockAsync(app, sku)).Stock);
        Assert.Equal(8, (await OrderTestData.StockAsync(app, codSku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_shopper_cancels_an_unpaid_order_once_and_gets_the_stock_back_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (buyer, sku, orderId) = await OrderAsync(app, PayMethod.Alipay, stock: 10, count: 4);
        var actions = app.Services.GetRequiredService<IOrderActions>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => actions.CancelAsync(buyer.Id, orderId))));

        Assert.Single(outcomes, o => o == OrderActionOutcome.Done);
        Assert.All(outcomes.Where(o => o != OrderActionOutcome.Done), o => Assert.Equal(OrderActionOutcome.NotAllowed, o));
        Assert.Equal(10, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Illegal_transitions_are_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (buyer, sku, orderId) = await OrderAsync(app, PayMethod.CashOnDelivery);
        var actions = app.Services.GetRequiredService<IOrderActions>();

        // To ship: cannot be cancelled by the shopper, received or reviewed yet.
        Assert.Equal(OrderActionOutcome.NotAllowed, await actions.CancelAsync(buyer.Id, orderId));
        Assert.Equal(OrderActionOutcome.NotAllowed, await actions.ConfirmReceiptAsync(buyer.Id, orderId));
        Assert.Equal(OrderActionOutcome.NotAllowed, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(1, 5, "很好很好很好", false)]));
        Assert.Equal(7, (await OrderTestData.StockAsync(app, sku)).Stock);

        // The machine itself: no skipping, no way back, nothing out of a final state.
        Assert.False(OrderStatusMachine.CanMove(OrderStatus.Unpaid, OrderStatus.ToReceive));
        Assert.False(OrderStatusMachine.CanMove(OrderStatus.ToReceive, OrderStatus.ToShip));
        Assert.False(OrderStatusMachine.CanMove(OrderStatus.Cancelled, OrderStatus.ToShip));
        Assert.False(OrderStatusMachine.CanMove(OrderStatus.Finished, OrderStatus.Cancelled));
        Assert.False(OrderStatusMachine.CanMove(OrderStatus.ToReceive, OrderStatus.Cancelled));
        Assert.Empty(OrderStatusMachine.Next(OrderStatus.Finished));
        Assert.Empty(OrderStatusMachine.Next(OrderStatus.Cancelled));
        await using var db = OrderTestData.Db(app);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToShip, OrderStatus.Finished, DateTime.UnixEpoch, "test"));
        // A legal move from a status the order is not in changes nothing.
        Assert.False(await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToReceive, OrderStatus.ToReview, DateTime.UnixEpoch, "test"));
        Assert.Equal(OrderStatus.ToShip, await db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Receipt_then_reviews_of_every_line_finish_the_order_and_count_on_the_product(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var skus = await OrderTestData.SkusAsync(app, (10, 20m), (10, 30m));
        var placed = await app.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id,
            OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (skus[0], 1), (skus[1], 1)));
        var orderId = placed.OrderId!;
        await using (var db = OrderTestData.Db(app))
            Assert.True(await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToShip, OrderStatus.ToReceive, DateTime.UnixEpoch, "OrderEvent_Shipped"));
        var actions = app.Services.GetRequiredService<IOrderActions>();
        Assert.Equal(OrderActionOutcome.Done, await actions.ConfirmReceiptAsync(buyer.Id, orderId));
        var lines = (await app.Services.GetRequiredService<IOrderQueries>().GetAsync(buyer.Id, orderId))!.Lines;

        // The rules: a score 1–5, 5–500 characters, a line of this order.
        Assert.Equal(OrderActionOutcome.Invalid, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[0].Id, 0, "质量很好，物流很快", false)]));
        Assert.Equal(OrderActionOutcome.Invalid, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[0].Id, 6, "质量很好，物流很快", false)]));
        Assert.Equal(OrderActionOutcome.Invalid, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[0].Id, 5, "好 ", false)]));
        Assert.Equal(OrderActionOutcome.Invalid, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[0].Id, 5, new string('好', 501), false)]));
        Assert.Equal(OrderActionOutcome.Invalid, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(long.MaxValue, 5, "质量很好，物流很快", false)]));

        Assert.Equal(OrderActionOutcome.Done, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[0].Id, 4, "  质量很好，物流很快  ", true)]));
        var half = (await app.Services.GetRequiredService<IOrderQueries>().GetAsync(buyer.Id, orderId))!;
        Assert.Equal(OrderStatus.ToReview, half.Status);
        // The same line twice: refused, nothing counted twice.
        Assert.Equal(OrderActionOutcome.Invalid, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[0].Id, 1, "再评一次试试看", false)]));
        Assert.Equal(OrderActionOutcome.Done, await actions.ReviewAsync(buyer.Id, orderId, [new LineReview(lines[1].Id, 5, "非常满意的一次购物", false)]));

        await using var check = OrderTestData.Db(app);
        var order = await check.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
        Assert.Equal(OrderStatus.Finished, order.Status);
        var first = order.Lines.Single(l => l.Id == lines[0].Id);
        Assert.Equal((4, "质量很好，物流很快", true), (first.Score!.Value, first.Comment!, first.IsAnonymous));
        Assert.Equal(1, await check.Skus.Where(s => s.Id == skus[0]).Select(s => s.CommentCount).SingleAsync());
        Assert.Equal(2, await check.Skus.Where(s => s.Id == skus[0]).Select(s => s.Spu!.CommentCount).SingleAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Another_users_order_is_not_found_by_any_action(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (owner, sku, orderId) = await OrderAsync(app, PayMethod.Alipay);
        var stranger = await OrderTestData.BuyerAsync(app);
        var actions = app.Services.GetRequiredService<IOrderActions>();
        var queries = app.Services.GetRequiredService<IOrderQueries>();

        Assert.Null(await queries.GetAsync(stranger.Id, orderId));
        Assert.Equal(OrderActionOutcome.NotFound, await actions.CancelAsync(stranger.Id, orderId));
        Assert.Equal(OrderActionOutcome.NotFound, await actions.ConfirmReceiptAsync(stranger.Id, orderId));
        Assert.Equal(OrderActionOutcome.NotFound, await actions.ReviewAsync(stranger.Id, orderId, [new LineReview(1, 5, "质量很好，物流很快", false)]));
        Assert.Empty((await queries.GetHistoryAsync(stranger.Id, null, 1)).Orders);
        Assert.Equal(OrderStatus.Unpaid, (await queries.GetAsync(owner.Id, orderId))!.Status);
        Assert.Equal(7, (await OrderTestData.StockAsync(app, sku)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_order_pages_and_their_posts_answer_404_to_another_user(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (owner, sku, orderId) = await OrderAsync(app, PayMethod.Alipay);
        var strangerBuyer = await OrderTestData.BuyerAsync(app);
        using var stranger = await TestShoppers.ClientAsync(app, strangerBuyer.Shopper);
        using var ownerClient = await TestShoppers.ClientAsync(app, owner.Shopper);

        var ownerPage = await ownerClient.GetAsync($"/orders/{orderId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, ownerPage.StatusCode);
        Assert.Contains(orderId, await ownerPage.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync($"/orders/{orderId}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync($"/orders/{orderId}/review")).StatusCode);
        var token = await TestShoppers.TokenAsync(stranger, "/account/addresses");
        foreach (var action in new[] { "cancel", "receive" })
        {
            var post = await stranger.PostAsync($"/orders/{orderId}/{action}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Equal(7, (await OrderTestData.StockAsync(app, sku)).Stock);
        var history = await stranger.GetStringAsync("/orders");
        Assert.DoesNotContain(orderId, history);

        // The owner's cancel works through the same post.
        var ownerToken = await TestShoppers.TokenAsync(ownerClient, $"/orders/{orderId}");
        var cancel = await ownerClient.PostAsync($"/orders/{orderId}/cancel",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ownerToken }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal($"/orders/{orderId}?status=cancelled", cancel.Headers.Location!.ToString());
        Assert.Equal(10, (await OrderTestData.StockAsync(app, sku)).Stock);
    }
}
