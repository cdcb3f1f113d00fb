using System.Net;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Payments;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Payments;

/// <summary>
/// The way around the notify: the pay page (owner only), the return page (which never pays by itself),
/// reconciliation of orders whose notify was lost, and refunds that give the money back once.
/// </summary>
[Collection("payments")]
public class PaymentFlowTests(PaymentApps apps)
{
    public static TheoryData<string> Providers => PaymentApps.Providers;

    private static IPayments Payments(PaymentApp app) => app.Factory.Services.GetRequiredService<IPayments>();

    [Fact]
    public async Task The_pay_page_sends_the_owner_to_the_gateway_with_a_signed_form_and_is_404_for_anyone_else()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var owner = await TestShoppers.ClientAsync(app.Factory, order.Buyer.Shopper);

        var html = await owner.GetStringAsync($"/pay/{order.Id}");

        Assert.Contains("<shop-auto-submit>", html);
        Assert.Contains("action=\"/simulator/alipay/gateway.do?charset=utf-8\"", html);
        var fields = PaymentWorld.HiddenField().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.Equal("alipay.trade.page.pay", fields["method"]);
        Assert.Equal("http://localhost/pay/alipay/notify", fields["notify_url"]);
        Assert.Equal("http://localhost/pay/return", fields["return_url"]);
        Assert.Contains($"\"out_trade_no\":\"{order.Id}\"", fields["biz_content"]);
        Assert.Contains($"\"total_amount\":\"{AlipayAmount.ToText(order.Amount)}\"", fields["biz_content"]);
        await using (var db = OrderTestData.Db(app.Factory))
        {
            var expires = await db.Orders.Where(o => o.Id == order.Id).Select(o => o.ExpiresAt).SingleAsync();
            var timeExpire = System.Text.Json.JsonDocument.Parse(fields["biz_content"]).RootElement.GetProperty("time_expire").GetString();
            Assert.True(BeijingTime.ToUtc(timeExpire) <= expires, "time_expire must not be later than the order's expiry");
            Assert.True(await db.PaymentAttempts.AnyAsync(a => a.OrderId == order.Id && !a.Done));
        }

        var stranger = await TestShoppers.ClientAsync(app.Factory, await TestShoppers.CreateAsync(app.Factory));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/pay/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/pay/20200101000000000000001")).StatusCode);
    }

    [Fact]
    public async Task An_order_that_cannot_be_paid_sends_the_pay_page_back_to_the_order()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app, pay: PayMethod.CashOnDelivery);
        var owner = await TestShoppers.ClientAsync(app.Factory, order.Buyer.Shopper);

        using var response = await owner.GetAsync($"/pay/{order.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/orders/{order.Id}", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task The_return_page_verifies_its_parameters_but_never_pays_by_itself()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        app.Relay.Dropped[order.Id] = true; // no notify arrives
        var returnUrl = await PaymentWorld.PayInSimulatorAsync(app, order);
        var owner = await TestShoppers.ClientAsync(app.Factory, order.Buyer.Shopper);
        var path = new Uri(returnUrl).PathAndQuery;

        var html = await owner.GetStringAsync(path);

        Assert.Contains("data-payment-state=\"confirming\"", html);
        Assert.Contains(order.Id, html);
        var state = await PaymentWorld.StateAsync(app, order.Id);
        Assert.Equal(OrderStatus.Unpaid, state.Status); // the gateway's redirect alone proves nothing
        Assert.Empty(state.Payments);

        // A return whose signature doesn't hold shows no order at all; another shopper's order is a 404.
        var forged = await owner.GetStringAsync(path.Replace("total_amount=", "total_amount=1"));
        Assert.Contains("data-status=\"invalid\"", forged);
        Assert.DoesNotContain("data-payment-state", forged);
        var stranger = await TestShoppers.ClientAsync(app.Factory, await TestShoppers.CreateAsync(app.Factory));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);

        // What the page's island does after a few seconds without notify: ask the gateway — which says paid.
        Assert.Equal(PaymentCheck.Paid, await Payments(app).ConfirmAsync(order.Buyer.Id, order.Id));
        Assert.Equal(OrderStatus.ToShip, (await PaymentWorld.StateAsync(app, order.Id)).Status);
    }

    [Fact]
    public async Task Asking_the_gateway_about_an_order_nobody_paid_pays_nothing()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        Assert.Equal(PaymentCheck.Waiting, await Payments(app).ConfirmAsync(order.Buyer.Id, order.Id)); // never at the gateway
        var stranger = await TestShoppers.CreateAsync(app.Factory);
        Assert.Equal(PaymentCheck.NotFound, await Payments(app).ConfirmAsync(stranger.Id, order.Id));
        Assert.Equal(OrderStatus.Unpaid, (await PaymentWorld.StateAsync(app, order.Id)).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reconciliation_settles_an_order_whose_notify_was_dropped_once_across_instances(string provider)
    {
        var app = await apps.GetAsync(provider);
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        app.Relay.Dropped[order.Id] = true;
        await PaymentWorld.PayInSimulatorAsync(app, order);
        var reconciler = app.Factory.Services.GetRequiredService<PaymentReconciler>();
        Assert.Equal(OrderStatus.Unpaid, (await PaymentWorld.StateAsync(app, order.Id)).Status);

        app.Clock.Advance(TimeSpan.FromMinutes(3)); // past Payment:FirstCheckAfter
        // Two instances' reconcilers at once: each due order is checked by one of them.
        await Task.WhenAll(reconciler.ReconcileDueAsync(100), reconciler.ReconcileDueAsync(100));

        var state = await PaymentWorld.StateAsync(app, order.Id);
        Assert.Equal(OrderStatus.ToShip, state.Status);
        Assert.Equal((await PaymentWorld.TradeAsync(app, order.Id)).TradeNo, Assert.Single(state.Payments).TradeNo);
        Assert.Equal(1, state.PaidSteps);
        await using var db = OrderTestData.Db(app.Factory);
        Assert.True(await db.PaymentAttempts.Where(a => a.OrderId == order.Id).Select(a => a.Done).SingleAsync());
    }

    [Fact]
    public async Task Reconciliation_cancels_an_order_whose_trade_the_gateway_closed()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var stockBefore = await OrderTestData.StockAsync(app.Factory, order.SkuId);
        var start = await Payments(app).StartAsync(order.Buyer.Id, order.Id, "http://localhost");
        await PaymentWorld.Client(app).PostAsync(start.Form!.Action, new FormUrlEncodedContent(start.Form.Fields)); // the buyer opened the gateway's page …
        await app.Factory.Services.GetRequiredService<IPaymentGateway>().CloseAsync(order.Id); // … and the gateway closed the trade

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await app.Factory.Services.GetRequiredService<PaymentReconciler>().ReconcileDueAsync(100);

        Assert.Equal(OrderStatus.Cancelled, (await PaymentWorld.StateAsync(app, order.Id)).Status);
        Assert.Equal(stockBefore.Stock + order.Count, (await OrderTestData.StockAsync(app.Factory, order.SkuId)).Stock);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_Alipay_refund_is_idempotent_the_money_goes_back_once_and_the_stock_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var stockAfterOrder = (await OrderTestData.StockAsync(app.Factory, order.SkuId)).Stock;
        await PaymentWorld.PayInSimulatorAsync(app, order);
        await PaymentWorld.WaitForStatusAsync(app, order.Id, OrderStatus.ToShip);
        var refunds = app.Factory.Services.GetRequiredService<IRefunds>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => refunds.RefundAsync(order.Id, 1, "out of stock"))));
        var later = await refunds.RefundAsync(order.Id, 1, "again");

        Assert.Single(outcomes, o => o == RefundOutcome.Refunded);
        Assert.All(outcomes.Where(o => o != RefundOutcome.Refunded), o => Assert.Equal(RefundOutcome.AlreadyRefunded, o));
        Assert.Equal(RefundOutcome.AlreadyRefunded, later);
        var trade = await PaymentWorld.TradeAsync(app, order.Id);
        Assert.Equal(order.Amount, trade.RefundedAmount); // refunded once at the gateway
        Assert.Equal(AlipayTradeStatus.Closed, trade.Status);
        Assert.Equal(OrderStatus.Cancelled, (await PaymentWorld.StateAsync(app, order.Id)).Status);
        Assert.Equal(stockAfterOrder + order.Count, (await OrderTestData.StockAsync(app.Factory, order.SkuId)).Stock);
        await using var db = OrderTestData.Db(app.Factory);
        var refund = await db.Refunds.AsNoTracking().SingleAsync(r => r.OrderId == order.Id);
        Assert.Equal(RefundStatus.Done, refund.Status);
        Assert.Equal(order.Amount, refund.Amount);
        Assert.Equal(1, await db.OrderStatusChanges.CountAsync(c => c.OrderId == order.Id && c.To == OrderStatus.Cancelled));
    }

    [Fact]
    public async Task An_admin_cancelling_an_Alipay_paid_order_refunds_it_at_the_gateway()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var stockAfterOrder = (await OrderTestData.StockAsync(app.Factory, order.SkuId)).Stock;
        await PaymentWorld.PayInSimulatorAsync(app, order);
        await PaymentWorld.WaitForStatusAsync(app, order.Id, OrderStatus.ToShip);
        var admin = app.Factory.Services.GetRequiredService<BlazorShop.Features.Admin.Orders.AdminOrderService>();

        Assert.Equal(BlazorShop.Features.Admin.Orders.AdminOrderOutcome.Done, await admin.CancelAsync(AdminPeople.Admin(), order.Id));

        var trade = await PaymentWorld.TradeAsync(app, order.Id);
        Assert.Equal(order.Amount, trade.RefundedAmount);
        Assert.Equal(OrderStatus.Cancelled, (await PaymentWorld.StateAsync(app, order.Id)).Status);
        Assert.Equal(stockAfterOrder + order.Count, (await OrderTestData.StockAsync(app.Factory, order.SkuId)).Stock);
        await using var db = OrderTestData.Db(app.Factory);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Target == "order:" + order.Id && e.Action == "order.cancel"));
    }

    [Fact]
    public async Task A_balance_order_is_refunded_to_the_balance_once()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app, pay: PayMethod.Balance);
        var balance = app.Factory.Services.GetRequiredService<IBalanceService>();
        var before = await balance.GetBalanceAsync(order.Buyer.Id);
        var refunds = app.Factory.Services.GetRequiredService<IRefunds>();

        Assert.Equal(RefundOutcome.Refunded, await refunds.RefundAsync(order.Id, 1, "customer asked"));
        Assert.Equal(RefundOutcome.AlreadyRefunded, await refunds.RefundAsync(order.Id, 1, "customer asked"));

        Assert.Equal(before + order.Amount, await balance.GetBalanceAsync(order.Buyer.Id));
        Assert.Equal(OrderStatus.Cancelled, (await PaymentWorld.StateAsync(app, order.Id)).Status);
    }

    [Fact]
    public async Task Unpaid_and_cash_on_delivery_orders_are_not_refundable_and_a_flagged_payment_is()
    {
        var app = await apps.GetAsync("Sqlite");
        var refunds = app.Factory.Services.GetRequiredService<IRefunds>();
        var unpaid = await PaymentWorld.UnpaidOrderAsync(app);
        var cod = await PaymentWorld.UnpaidOrderAsync(app, pay: PayMethod.CashOnDelivery);
        Assert.Equal(RefundOutcome.NotRefundable, await refunds.RefundAsync(unpaid.Id, 1, ""));
        Assert.Equal(RefundOutcome.NotRefundable, await refunds.RefundAsync(cod.Id, 1, ""));
        Assert.Equal(RefundOutcome.NotFound, await refunds.RefundAsync("20200101000000000000001", 1, ""));

        // Paid at the gateway after the expiry cancelled it: flagged, and the admin's refund clears it.
        var late = await PaymentWorld.UnpaidOrderAsync(app);
        app.Relay.Dropped[late.Id] = true;
        await PaymentWorld.PayInSimulatorAsync(app, late);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await app.Factory.Services.GetRequiredService<BlazorShop.Features.Orders.OrderActions>().ExpireDueAsync(1000);
        Assert.Equal(PaymentCheck.FlaggedForRefund, await Payments(app).CheckNowAsync(late.Id));
        Assert.True(Assert.Single((await PaymentWorld.StateAsync(app, late.Id)).Payments).NeedsRefund);

        Assert.Equal(RefundOutcome.Refunded, await refunds.RefundAsync(late.Id, 1, "paid after expiry"));
        Assert.False(Assert.Single((await PaymentWorld.StateAsync(app, late.Id)).Payments).NeedsRefund);
        Assert.Equal(late.Amount, (await PaymentWorld.TradeAsync(app, late.Id)).RefundedAmount);
    }
}
