using BlazorShop.Domain;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments;

/// <summary>
/// Sends shoppers to the gateway (recording the attempt, so reconciliation knows whom to ask about) and confirms
/// payments by asking the gateway (<c>alipay.trade.query</c>) when no notify came: paid → settled exactly once;
/// closed → the unpaid order is cancelled; past its time and still unpaid → the trade is closed at the gateway.
/// </summary>
public sealed class PaymentService(IDbContextFactory<ShopDbContext> contexts, IPaymentGateway gateway, PaymentSettlement settlement,
    IOptions<PaymentOptions> options, IStringLocalizer<SharedResource> text, TimeProvider clock, ILogger<PaymentService> log) : IPayments
{
    public const string NotifyPath = "/pay/alipay/notify";
    public const string ReturnPath = "/pay/return";

    public async Task<PayStart> StartAsync(long userId, string orderId, string origin, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.UserId == userId)
            .Select(o => new { o.Status, o.PayMethod, o.TotalAmount, o.ExpiresAt }).FirstOrDefaultAsync(ct);
        if (order is null) return new PayStart(PayStartOutcome.NotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        if (order.Status != OrderStatus.Unpaid || order.PayMethod != PayMethod.Alipay || order.ExpiresAt is { } e && e <= now)
            return new PayStart(PayStartOutcome.NotPayable);

        var nextCheck = now + options.Value.FirstCheckAfter;
        var recorded = await db.PaymentAttempts.Where(a => a.OrderId == orderId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.NextCheckAt, nextCheck).SetProperty(a => a.Done, false).SetProperty(a => a.Gateway, gateway.Name), ct);
        if (recorded == 0)
        {
            db.PaymentAttempts.Add(new PaymentAttempt { OrderId = orderId, Gateway = gateway.Name, Amount = order.TotalAmount, CreatedAt = now, NextCheckAt = nextCheck });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex)) { /* a second tab at the same moment recorded it */ }
        }

        var baseUrl = (options.Value.PublicBaseUrl ?? origin).TrimEnd('/');
        var form = gateway.CreatePagePay(new PagePayOrder(orderId, order.TotalAmount, text["Pay_Subject", orderId], order.ExpiresAt,
            baseUrl + NotifyPath, baseUrl + ReturnPath));
        return new PayStart(PayStartOutcome.Ready, form);
    }

    public async Task<OrderStatus?> StatusAsync(long userId, string orderId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.UserId == userId).Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(ct);
    }

    public async Task<PaymentCheck> ConfirmAsync(long userId, string orderId, CancellationToken ct = default) =>
        await StatusAsync(userId, orderId, ct) is null ? PaymentCheck.NotFound : await CheckNowAsync(orderId, ct);

    public async Task<PaymentCheck> CheckNowAsync(string orderId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.Status, o.PayMethod, o.TotalAmount, o.ExpiresAt, o.CancelledAt }).FirstOrDefaultAsync(ct);
        if (order is null || order.PayMethod != PayMethod.Alipay) return PaymentCheck.NotFound;

        var trade = await gateway.QueryAsync(orderId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (trade.Outcome)
        {
            case TradeQueryOutcome.Failed:
                log.LogWarning("Payment check of {OrderId}: no trustworthy answer ({Error})", orderId, trade.Error);
                return PaymentCheck.Failed;
            case TradeQueryOutcome.Found when AlipayTradeStatus.IsPaid(trade.TradeStatus):
                if (trade.Amount != order.TotalAmount)
                {
                    log.LogError("Payment check of {OrderId}: the gateway's amount {Amount} is not the order's {Total}", orderId, trade.Amount, order.TotalAmount);
                    return PaymentCheck.Failed;
                }
                return await settlement.SettleAsync(orderId, trade.TradeNo ?? "", order.TotalAmount, ct) switch
                {
                    SettleOutcome.Paid or SettleOutcome.AlreadyPaid => PaymentCheck.Paid,
                    SettleOutcome.FlaggedForRefund => PaymentCheck.FlaggedForRefund,
                    _ => PaymentCheck.Failed,
                };
            case TradeQueryOutcome.Found when trade.TradeStatus == AlipayTradeStatus.Closed:
                if (order.Status == OrderStatus.Unpaid) await settlement.CancelClosedAsync(orderId, ct);
                await FinishAsync(db, orderId, ct);
                return PaymentCheck.Closed;
            default:
                // Not paid (or the buyer never logged in at the gateway). Past the order's time: close the trade there,
                // so no payment can arrive for an order that is (or is about to be) cancelled.
                if (order.Status != OrderStatus.Unpaid || order.ExpiresAt is { } expires && expires <= now)
                {
                    if (trade.Outcome == TradeQueryOutcome.Found) await gateway.CloseAsync(orderId, ct);
                    if (order.Status != OrderStatus.Unpaid) await FinishAsync(db, orderId, ct);
                }
                return PaymentCheck.Waiting;
        }
    }

    private static Task<int> FinishAsync(ShopDbContext db, string orderId, CancellationToken ct) =>
        db.PaymentAttempts.Where(a => a.OrderId == orderId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Done, true), ct);
}
