using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Payments;

/// <summary>
/// What a confirmed payment (a verified notify, or a verified query) does, exactly once however many times and from
/// however many instances it is confirmed: in one transaction the order moves unpaid → to ship (a conditional UPDATE
/// only one caller wins) and the payment is recorded (unique order and trade number). A payment for an order that was
/// cancelled meanwhile is recorded with <see cref="Payment.NeedsRefund"/> for an admin to refund.
/// </summary>
public sealed class PaymentSettlement(IDbContextFactory<ShopDbContext> contexts, IEventBus bus, TimeProvider clock, ILogger<PaymentSettlement> log)
{
    public async Task<SettleOutcome> SettleAsync(string orderId, string tradeNo, decimal amount, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.UserId, o.PayMethod, o.TotalAmount }).FirstOrDefaultAsync(ct);
        if (order is null || order.PayMethod != PayMethod.Alipay || order.TotalAmount != amount || tradeNo.Length is 0 or > 64)
            return SettleOutcome.Rejected;

        var now = clock.GetUtcNow().UtcDateTime;
        var paid = await db.InTransactionAsync(async tx =>
        {
            if (!await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.Unpaid, OrderStatus.ToShip, now, "OrderEvent_Paid", null, ct))
                return false;
            db.Payments.Add(new Payment { OrderId = orderId, TradeNo = tradeNo, Amount = amount, CreatedAt = now });
            await db.SaveChangesAsync(ct);
            await FinishAttemptAsync(db, orderId, ct);
            await tx.CommitAsync(ct);
            return true;
        }, ct);
        if (paid)
        {
            log.LogInformation("Order {OrderId} paid (trade {TradeNo})", orderId, tradeNo);
            await bus.PublishAsync(new OrderChanged(orderId, order.UserId, OrderStatus.ToShip, OrderStatus.Unpaid, amount), ct);
            return SettleOutcome.Paid;
        }
        db.ChangeTracker.Clear();

        // Not unpaid any more: a duplicate (already paid by this trade), or the order was cancelled (expiry) first.
        if (await ExistingAsync(db, orderId, tradeNo, ct) is { } known) return known;
        db.Payments.Add(new Payment { OrderId = orderId, TradeNo = tradeNo, Amount = amount, CreatedAt = now, NeedsRefund = true });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return await ExistingAsync(db, orderId, tradeNo, ct) ?? SettleOutcome.Rejected;
        }
        await FinishAttemptAsync(db, orderId, ct);
        log.LogWarning("Order {OrderId} was paid (trade {TradeNo}, {Amount}) after it had been cancelled: flagged for refund", orderId, tradeNo, amount);
        return SettleOutcome.FlaggedForRefund;
    }

    /// <summary>The gateway closed the trade unpaid (it expired there): the unpaid order is cancelled and its stock returned.</summary>
    public async Task<bool> CancelClosedAsync(string orderId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.UserId, o.TotalAmount }).FirstOrDefaultAsync(ct);
        if (order is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var skus = await db.InTransactionAsync<IReadOnlyList<SkuChanged>?>(async tx =>
        {
            if (!await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.Unpaid, OrderStatus.Cancelled, now, "OrderEvent_PaymentClosed", null, ct))
                return null;
            var returned = await OrderStock.ReturnAsync(db, orderId, ct);
            await FinishAttemptAsync(db, orderId, ct);
            await tx.CommitAsync(ct);
            return returned;
        }, ct);
        if (skus is null) return false;
        await bus.PublishAsync(new OrderChanged(orderId, order.UserId, OrderStatus.Cancelled, OrderStatus.Unpaid, order.TotalAmount), ct);
        foreach (var sku in skus) await bus.PublishAsync(sku, ct);
        return true;
    }

    private async Task<SettleOutcome?> ExistingAsync(ShopDbContext db, string orderId, string tradeNo, CancellationToken ct)
    {
        var existing = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId || p.TradeNo == tradeNo)
            .Select(p => new { p.OrderId, p.TradeNo, p.NeedsRefund }).FirstOrDefaultAsync(ct);
        if (existing is null) return null;
        if (existing.OrderId != orderId || existing.TradeNo != tradeNo)
        {
            log.LogError("Payment confirmation for order {OrderId} with trade {TradeNo} conflicts with the recorded payment of order {Recorded} (trade {RecordedTrade})",
                orderId, tradeNo, existing.OrderId, existing.TradeNo);
            return SettleOutcome.Rejected;
        }
        return existing.NeedsRefund ? SettleOutcome.FlaggedForRefund : SettleOutcome.AlreadyPaid;
    }

    private static Task<int> FinishAttemptAsync(ShopDbContext db, string orderId, CancellationToken ct) =>
        db.PaymentAttempts.Where(a => a.OrderId == orderId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Done, true), ct);
}
