using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Features.Payments;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Features.Payments.Simulator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>An unpaid Alipay order of a fresh buyer, with what a test needs to pay it.</summary>
public sealed record UnpaidOrder(OrderBuyer Buyer, string Id, decimal Amount, long SkuId, int Count);

/// <summary>Orders to pay, notifies signed as the simulator's "Alipay" signs them, and the simulator's pay flow over HTTP.</summary>
public static partial class PaymentWorld
{
    /// <summary>A buyer and their Alipay order (placed through the real checkout): unpaid, stock taken.</summary>
    public static async Task<UnpaidOrder> UnpaidOrderAsync(PaymentApp app, int count = 2, decimal price = 49.90m, PayMethod pay = PayMethod.Alipay)
    {
        var buyer = await OrderTestData.BuyerAsync(app.Factory);
        var sku = await OrderTestData.SkuAsync(app.Factory, 50, price);
        if (pay == PayMethod.Balance)
            await app.Factory.Services.GetRequiredService<BlazorShop.Features.Accounts.Balance.IBalanceService>()
                .CreditAsync(buyer.Id, 1000m, LedgerKind.Recharge);
        var placed = await app.Factory.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, pay, (sku, count)));
        Assert.Equal(PlaceOrderOutcome.Placed, placed.Outcome);
        await using var db = OrderTestData.Db(app.Factory);
        var amount = await db.Orders.Where(o => o.Id == placed.OrderId).Select(o => o.TotalAmount).SingleAsync();
        return new UnpaidOrder(buyer, placed.OrderId!, amount, sku, count);
    }

    /// <summary>A notify as the simulator sends it for a paid trade (signed with its "Alipay" key), with a fresh trade number.</summary>
    public static Dictionary<string, string> PaidNotify(PaymentApp app, string orderId, decimal amount, string? tradeNo = null)
    {
        var simulator = app.Factory.Services.GetRequiredService<AlipaySimulator>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return simulator.Notify(new SimulatorTrade
        {
            OutTradeNo = orderId, AppId = SimulatorKeys.AppId, Subject = "order " + orderId, TotalAmount = amount,
            Status = AlipayTradeStatus.Success, TradeNo = tradeNo ?? "2026112222001" + Random.Shared.NextInt64(100_000_000_000_000, 999_999_999_999_999),
            CreatedAt = now, PaidAt = now,
        });
    }

    /// <summary>Signs changed notify fields again with the simulator's "Alipay" key (a notify that verifies, but says something else).</summary>
    public static Dictionary<string, string> Resign(PaymentApp app, Dictionary<string, string> fields)
    {
        var keys = app.Factory.Services.GetRequiredService<SimulatorKeys>();
        fields["sign"] = AlipaySignature.Sign(AlipaySignature.Content(fields!, withoutSignType: true), keys.Alipay);
        return fields;
    }

    public static async Task<(HttpStatusCode Status, byte[] Body)> PostNotifyAsync(HttpClient client, Dictionary<string, string> fields)
    {
        using var response = await client.PostAsync(PaymentService.NotifyPath, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public static HttpClient Client(PaymentApp app) =>
        app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<(OrderStatus Status, List<Payment> Payments, int PaidSteps)> StateAsync(PaymentApp app, string orderId)
    {
        await using var db = OrderTestData.Db(app.Factory);
        var status = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync();
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).ToListAsync();
        var paidSteps = await db.OrderStatusChanges.CountAsync(c => c.OrderId == orderId && c.To == OrderStatus.ToShip);
        return (status, payments, paidSteps);
    }

    /// <summary>
    /// The shopper's way through the simulator, over HTTP: the pay page's signed form is posted to the simulator's
    /// gateway (the trade is created), then "pay" is pressed. Returns the return URL the simulator redirects to.
    /// </summary>
    public static async Task<string> PayInSimulatorAsync(PaymentApp app, UnpaidOrder order)
    {
        var start = await app.Factory.Services.GetRequiredService<IPayments>().StartAsync(order.Buyer.Id, order.Id, "http://localhost");
        Assert.Equal(PayStartOutcome.Ready, start.Outcome);
        var client = Client(app);
        using var page = await client.PostAsync(start.Form!.Action, new FormUrlEncodedContent(start.Form.Fields));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("data-simulator-state=\"Pay\"", html);
        using var paid = await client.PostAsync(AlipaySimulator.PayPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["out_trade_no"] = order.Id, ["choice"] = "pay",
        }));
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        return paid.Headers.Location!.ToString();
    }

    /// <summary>Waits (polling the database) until the order has the status, or fails after a generous while.</summary>
    public static async Task WaitForStatusAsync(PaymentApp app, string orderId, OrderStatus status)
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await StateAsync(app, orderId)).Status == status) return;
            await Task.Delay(100);
        }
        Assert.Fail($"order {orderId} never became {status}");
    }

    public static async Task<SimulatorTrade> TradeAsync(PaymentApp app, string orderId)
    {
        await using var db = OrderTestData.Db(app.Factory);
        return await db.SimulatorTrades.AsNoTracking().SingleAsync(t => t.OutTradeNo == orderId);
    }

    [GeneratedRegex("name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    public static partial Regex HiddenField();
}
