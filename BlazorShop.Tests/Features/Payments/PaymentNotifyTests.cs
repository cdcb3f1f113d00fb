using System.Collections.Concurrent;
using System.Net;
using System.Text;
using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Features.Payments.Simulator;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Payments;

/// <summary>
/// The notify endpoint: a verified notify for the right app, seller, order and amount pays the order exactly once
/// and is answered with the exact body "success"; anything else is answered "failure" and changes nothing.
/// </summary>
[Collection("payments")]
public class PaymentNotifyTests(PaymentApps apps)
{
    public static TheoryData<string> Providers => PaymentApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task A_verified_notify_pays_the_order_and_is_answered_with_the_exact_body_success(string provider)
    {
        var app = await apps.GetAsync(provider);
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var notify = PaymentWorld.PaidNotify(app, order.Id, order.Amount);

        var (status, body) = await PaymentWorld.PostNotifyAsync(PaymentWorld.Client(app), notify);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("success"u8.ToArray(), body);
        var state = await PaymentWorld.StateAsync(app, order.Id);
        Assert.Equal(OrderStatus.ToShip, state.Status);
        var payment = Assert.Single(state.Payments);
        Assert.Equal(notify["trade_no"], payment.TradeNo);
        Assert.Equal(order.Amount, payment.Amount);
        Assert.False(payment.NeedsRefund);
    }

    public static TheoryData<string> Forgeries => new() { "bad signature", "changed amount", "another app_id", "another seller_id", "unknown order", "no signature", "form sent twice" };

    [Theory, MemberData(nameof(Forgeries))]
    public async Task A_notify_that_does_not_hold_is_answered_failure_and_changes_nothing(string forgery)
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var notify = PaymentWorld.PaidNotify(app, order.Id, order.Amount);
        switch (forgery)
        {
            case "bad signature":
                notify["total_amount"] = "0.01"; // changed after signing
                break;
            case "changed amount":
                notify["total_amount"] = "0.01";
                PaymentWorld.Resign(app, notify); // a valid signature, but not what the order costs
                break;
            case "another app_id":
                notify["app_id"] = "9021000000009999";
                PaymentWorld.Resign(app, notify);
                break;
            case "another seller_id":
                notify["seller_id"] = "2088000000009999";
                PaymentWorld.Resign(app, notify);
                break;
            case "unknown order":
                notify["out_trade_no"] = order.Id[..^1] + (order.Id[^1] == '9' ? '8' : '9');
                PaymentWorld.Resign(app, notify);
                break;
            case "no signature":
                notify.Remove("sign");
                break;
        }
        HttpContent content = forgery == "form sent twice"
            ? new StringContent(string.Join("&", notify.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)))
                + "&total_amount=0.01", Encoding.UTF8, "application/x-www-form-urlencoded")
            : new FormUrlEncodedContent(notify);

        using var response = await PaymentWorld.Client(app).PostAsync("/pay/alipay/notify", content);

        Assert.Equal("failure", await response.Content.ReadAsStringAsync());
        var state = await PaymentWorld.StateAsync(app, order.Id);
        Assert.Equal(OrderStatus.Unpaid, state.Status);
        Assert.Empty(state.Payments);
        Assert.Equal(0, state.PaidSteps);
    }

    [Fact]
    public async Task A_notify_for_an_order_paid_another_way_is_refused()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app, pay: PayMethod.CashOnDelivery);
        var (_, body) = await PaymentWorld.PostNotifyAsync(PaymentWorld.Client(app), PaymentWorld.PaidNotify(app, order.Id, order.Amount));
        Assert.Equal("failure", Encoding.UTF8.GetString(body));
        Assert.Empty((await PaymentWorld.StateAsync(app, order.Id)).Payments);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Twenty_concurrent_duplicate_notifies_record_one_payment_and_pay_the_order_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var notify = PaymentWorld.PaidNotify(app, order.Id, order.Amount);
        var events = new ConcurrentQueue<OrderChanged>();
        using var subscription = app.Factory.Services.GetRequiredService<IEventBus>()
            .Subscribe<OrderChanged>([order.Buyer.Id], e => { events.Enqueue(e); return Task.CompletedTask; });

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await gate.Task;
            return await PaymentWorld.PostNotifyAsync(PaymentWorld.Client(app), notify);
        })).ToArray();
        gate.SetResult();
        var answers = await Task.WhenAll(racers);

        Assert.All(answers, a => Assert.Equal("success", Encoding.UTF8.GetString(a.Body)));
        var state = await PaymentWorld.StateAsync(app, order.Id);
        Assert.Equal(OrderStatus.ToShip, state.Status);
        Assert.Single(state.Payments);
        Assert.Equal(1, state.PaidSteps);
        // Days later, the gateway still retries one: still success, still once.
        app.Clock.Advance(TimeSpan.FromHours(20));
        Assert.Equal("success", Encoding.UTF8.GetString((await PaymentWorld.PostNotifyAsync(PaymentWorld.Client(app), notify)).Body));
        Assert.Single((await PaymentWorld.StateAsync(app, order.Id)).Payments);
        for (var i = 0; i < 50 && events.IsEmpty; i++) await Task.Delay(50);
        Assert.Single(events, e => e.OrderId == order.Id && e.Status == OrderStatus.ToShip);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_notify_after_the_order_expired_is_recorded_and_flagged_for_refund(string provider)
    {
        var app = await apps.GetAsync(provider);
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(31)); // past Orders:UnpaidExpiry
        await app.Factory.Services.GetRequiredService<OrderActions>().ExpireDueAsync(1000);
        Assert.Equal(OrderStatus.Cancelled, (await PaymentWorld.StateAsync(app, order.Id)).Status);
        var notify = PaymentWorld.PaidNotify(app, order.Id, order.Amount);

        var first = await PaymentWorld.PostNotifyAsync(PaymentWorld.Client(app), notify);
        var again = await PaymentWorld.PostNotifyAsync(PaymentWorld.Client(app), notify);

        Assert.Equal("success", Encoding.UTF8.GetString(first.Body)); // taken (the gateway stops retrying) …
        Assert.Equal("success", Encoding.UTF8.GetString(again.Body));
        var state = await PaymentWorld.StateAsync(app, order.Id);
        Assert.Equal(OrderStatus.Cancelled, state.Status); // … but the cancelled order is not revived
        var payment = Assert.Single(state.Payments);
        Assert.True(payment.NeedsRefund);
        Assert.Equal(notify["trade_no"], payment.TradeNo);
    }

    [Fact]
    public async Task The_simulator_retries_a_refused_notify_on_its_schedule_until_it_is_taken()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        app.Relay.FailFirst[order.Id] = 3;

        await PaymentWorld.PayInSimulatorAsync(app, order);
        await PaymentWorld.WaitForStatusAsync(app, order.Id, OrderStatus.ToShip);

        Assert.Equal(4, app.Relay.Attempts[order.Id]);
        for (var i = 0; i < 50 && !(await PaymentWorld.TradeAsync(app, order.Id)).NotifyDelivered; i++) await Task.Delay(50);
        var trade = await PaymentWorld.TradeAsync(app, order.Id);
        Assert.True(trade.NotifyDelivered);
        Assert.Equal(4, trade.NotifyAttempts);
        Assert.Equal(trade.TradeNo, Assert.Single((await PaymentWorld.StateAsync(app, order.Id)).Payments).TradeNo);
        Assert.Equal(28, trade.TradeNo!.Length);
    }

    [Fact]
    public async Task The_simulator_refuses_a_request_whose_signature_does_not_verify()
    {
        var app = await apps.GetAsync("Sqlite");
        var order = await PaymentWorld.UnpaidOrderAsync(app);
        var start = await app.Factory.Services.GetRequiredService<BlazorShop.Features.Payments.IPayments>().StartAsync(order.Buyer.Id, order.Id, "http://localhost");
        var fields = start.Form!.Fields.ToDictionary(f => f.Key, f => f.Value);
        fields["biz_content"] = fields["biz_content"].Replace(BlazorShop.Features.Payments.Alipay.AlipayAmount.ToText(order.Amount), "0.01");

        using var response = await PaymentWorld.Client(app).PostAsync(start.Form.Action, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"data-simulator-state=\"{SimulatorPageState.InvalidSignature}\"", await response.Content.ReadAsStringAsync());
        await using var db = OrderTestData.Db(app.Factory);
        Assert.False(await db.SimulatorTrades.AnyAsync(t => t.OutTradeNo == order.Id));
    }
}
