using System.Net;
using BlazorShop.Domain;
using BlazorShop.Features.Notices;
using BlazorShop.Features.Orders;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Notices;

/// <summary>
/// "到货通知": who may subscribe to what, exactly one notice per subscriber when stock comes back (however many
/// instances hear it), none while it stays sold out, the whole way from a cancelled order's returned stock, and a
/// message centre that only its owner sees and reads.
/// </summary>
[Collection("orders")]
public class StockAlertTests(OrderApps apps)
{
    public static TheoryData<string> Providers => OrderApps.Providers;

    private static async Task<int> NoticesAsync(ShopAppFactory app, long userId, long? skuId = null)
    {
        await using var db = OrderTestData.Db(app);
        return await db.Notices.CountAsync(n => n.UserId == userId && (skuId == null || n.Link == $"/goods/{skuId}"));
    }

    private static async Task SetStockAsync(ShopAppFactory app, long skuId, int stock)
    {
        await using var db = OrderTestData.Db(app);
        await db.Skus.Where(s => s.Id == skuId).ExecuteUpdateAsync(s => s.SetProperty(k => k.Stock, stock));
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++) await Task.Delay(100);
        Assert.True(await condition());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Only_a_sold_out_sku_on_sale_can_be_subscribed_once_and_up_to_the_limit(string provider)
    {
        var app = await apps.GetAsync(provider);
        var alerts = app.Services.GetRequiredService<StockAlerts>();
        var shopper = await TestShoppers.CreateAsync(app);
        var skus = await OrderTestData.SkusAsync(app, [(5, 10m), .. Enumerable.Repeat((0, 10m), 51)]);

        Assert.Equal(StockAlertOutcome.InStock, await alerts.SubscribeAsync(shopper.Id, skus[0]));
        Assert.Equal(StockAlertOutcome.NotFound, await alerts.SubscribeAsync(shopper.Id, 987_654_321));
        Assert.Equal(StockAlertOutcome.Subscribed, await alerts.SubscribeAsync(shopper.Id, skus[1]));
        Assert.Equal(StockAlertOutcome.AlreadySubscribed, await alerts.SubscribeAsync(shopper.Id, skus[1]));
        Assert.True(await alerts.IsWaitingAsync(shopper.Id, skus[1]));
        Assert.Equal(StockAlertOutcome.Cancelled, await alerts.CancelAsync(shopper.Id, skus[1]));
        Assert.False(await alerts.IsWaitingAsync(shopper.Id, skus[1]));

        for (var i = 1; i <= 50; i++) Assert.Equal(StockAlertOutcome.Subscribed, await alerts.SubscribeAsync(shopper.Id, skus[i]));
        Assert.Equal(StockAlertOutcome.TooMany, await alerts.SubscribeAsync(shopper.Id, skus[51]));

        await using var db = OrderTestData.Db(app);
        await db.Skus.Where(s => s.Id == skus[51]).ExecuteUpdateAsync(s => s.SetProperty(k => k.IsLaunched, false));
        Assert.Equal(StockAlertOutcome.NotFound, await alerts.SubscribeAsync(shopper.Id, skus[51]));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_restock_tells_each_subscriber_exactly_once_even_when_several_instances_hear_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var alerts = app.Services.GetRequiredService<StockAlerts>();
        var sku = await OrderTestData.SkuAsync(app, 0);
        var shoppers = await OrderTestData.CrowdAsync(app, 3);
        foreach (var s in shoppers) Assert.Equal(StockAlertOutcome.Subscribed, await alerts.SubscribeAsync(s.Id, sku));

        // Still sold out: nobody is told.
        Assert.Empty(await alerts.NotifyAsync(sku));

        await SetStockAsync(app, sku, 5);
        // Four instances hear the same change at once, and the bus delivers it to this one too.
        await app.Services.GetRequiredService<IEventBus>().PublishAsync(new SkuChanged(sku, 10m, 5, true));
        var told = (await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => alerts.NotifyAsync(sku))))).SelectMany(t => t).ToList();
        await EventuallyAsync(async () => (await Task.WhenAll(shoppers.Select(s => NoticesAsync(app, s.Id)))).All(n => n == 1));
        Assert.True(told.Distinct().Count() == told.Count, "no subscriber is claimed twice");
        foreach (var s in shoppers) Assert.False(await alerts.IsWaitingAsync(s.Id, sku));

        // Sold out and back again without a new subscription: no second notice.
        await SetStockAsync(app, sku, 0);
        await SetStockAsync(app, sku, 3);
        Assert.Empty(await alerts.NotifyAsync(sku));
        foreach (var s in shoppers) Assert.Equal(1, await NoticesAsync(app, s.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_burst_of_changes_to_one_sku_tells_each_subscriber_once_and_the_next_restock_is_still_heard(string provider)
    {
        var app = await apps.GetAsync(provider);
        var alerts = app.Services.GetRequiredService<StockAlerts>();
        var bus = app.Services.GetRequiredService<IEventBus>();
        var sku = await OrderTestData.SkuAsync(app, 0);
        var shoppers = await OrderTestData.CrowdAsync(app, 3);
        foreach (var s in shoppers.Take(2)) Assert.Equal(StockAlertOutcome.Subscribed, await alerts.SubscribeAsync(s.Id, sku));

        await SetStockAsync(app, sku, 50);
        // A rush of orders: every one publishes the SKU's new stock.
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => bus.PublishAsync(new SkuChanged(sku, 10m, 50 - i % 50, true)))));
        await EventuallyAsync(async () => (await Task.WhenAll(shoppers.Take(2).Select(s => NoticesAsync(app, s.Id, sku)))).All(n => n == 1));

        // Sold out again; a third shopper waits; the next restock reaches them (the burst left nothing stuck).
        await SetStockAsync(app, sku, 0);
        Assert.Equal(StockAlertOutcome.Subscribed, await alerts.SubscribeAsync(shoppers[2].Id, sku));
        await SetStockAsync(app, sku, 2);
        await bus.PublishAsync(new SkuChanged(sku, 10m, 2, true));
        await EventuallyAsync(async () => await NoticesAsync(app, shoppers[2].Id, sku) == 1);
        foreach (var s in shoppers.Take(2)) Assert.Equal(1, await NoticesAsync(app, s.Id, sku));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Stock_returned_by_a_cancelled_order_reaches_the_subscribers_message_centre(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, 1);
        var placed = await app.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id,
            OrderTestData.Request(buyer, PayMethod.Alipay, (sku, 1)));
        Assert.Equal(PlaceOrderOutcome.Placed, placed.Outcome);
        var waiting = await TestShoppers.CreateAsync(app, "waiting");
        Assert.Equal(StockAlertOutcome.Subscribed, await app.Services.GetRequiredService<StockAlerts>().SubscribeAsync(waiting.Id, sku));

        Assert.Equal(OrderActionOutcome.Done, await app.Services.GetRequiredService<IOrderActions>().CancelAsync(buyer.Id, placed.OrderId!));

        await EventuallyAsync(async () => await NoticesAsync(app, waiting.Id, sku) == 1);
        var centre = app.Services.GetRequiredService<NoticeCentre>();
        Assert.Equal(1, await centre.UnreadAsync(waiting.Id));

        // The owner sees it on their page; another shopper sees nothing of it and cannot read it.
        var owner = await TestShoppers.ClientAsync(app, waiting);
        var html = await owner.GetStringAsync("/account/messages");
        Assert.Contains($"/goods/{sku}", html);
        Assert.Contains("data-unread=\"1\"", html);
        var noticeId = (await centre.ListAsync(waiting.Id, 1)).Items.Single().Id;
        var stranger = await TestShoppers.CreateAsync(app, "stranger");
        Assert.False(await centre.MarkReadAsync(stranger.Id, noticeId));
        var strangerClient = await TestShoppers.ClientAsync(app, stranger);
        Assert.DoesNotContain($"/goods/{sku}", await strangerClient.GetStringAsync("/account/messages"));
        var token = await TestShoppers.TokenAsync(strangerClient, "/account/balance");
        using var refused = await strangerClient.PostAsync($"/account/messages/{noticeId}/read",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["next"] = "/" }));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(1, await centre.UnreadAsync(waiting.Id));

        // Opening it marks it read and leads to the product.
        var ownerToken = await TestShoppers.TokenAsync(owner, "/account/messages");
        using var opened = await owner.PostAsync($"/account/messages/{noticeId}/read",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ownerToken, ["next"] = $"/goods/{sku}" }));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/goods/{sku}", opened.Headers.Location!.PathAndQuery());
        Assert.Equal(0, await centre.UnreadAsync(waiting.Id));
    }
}
