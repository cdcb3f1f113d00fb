using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Orders;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Payments;

/// <summary>
/// Refunds, exactly once per order. Step 1 (one transaction): the refund row (unique per order, request number
/// "RF" + order id), the order to ship → cancelled (a conditional transition, so it can't ship meanwhile), its stock
/// returned — and for balance payments the credit, done. Step 2 (Alipay): <c>alipay.trade.refund</c> with that
/// request number, repeated as often as needed (the gateway refunds a request number once); on success the refund is done.
/// </summary>
public sealed class RefundService(IDbContextFactory<ShopDbContext> contexts, IPaymentGateway gateway, IBalanceService balance,
    IEventBus bus, TimeProvider clock, ILogger<RefundService> log) : IRefunds
{
    public static string RequestNoOf(string orderId) => "RF" + orderId;

    public async Task<RefundOutcome> RefundAsync(string orderId, long? actorId, string reason, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.UserId, o.PayMethod, o.Status, o.TotalAmount }).FirstOrDefaultAsync(ct);
        if (order is null) return RefundOutcome.NotFound;
        reason = reason.Length > 200 ? reason[..200] : reason;

        var refund = await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.OrderId == orderId, ct);
        if (refund is { Status: RefundStatus.Done }) return RefundOutcome.AlreadyRefunded;
        if (refund is null)
        {
            var payment = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId)
                .Select(p => new { p.Amount, p.NeedsRefund }).FirstOrDefaultAsync(ct);
            var flagged = payment is { NeedsRefund: true };
            var paidNotShipped = order.Status == OrderStatus.ToShip
                && (order.PayMethod == PayMethod.Balance || order.PayMethod == PayMethod.Alipay && payment is not null);
            if (!flagged && !paidNotShipped) return RefundOutcome.NotRefundable;

            var now = clock.GetUtcNow().UtcDateTime;
            var amount = payment?.Amount ?? order.TotalAmount;
            var row = new Refund
            {
                OrderId = orderId, RequestNo = RequestNoOf(orderId), Amount = amount, PayMethod = order.PayMethod,
                Status = RefundStatus.Pending, Reason = reason, ActorId = actorId, CreatedAt = now,
            };
            var recorded = await db.InTransactionAsync<(bool Recorded, bool Raced, IReadOnlyList<SkuChanged> Skus)>(async tx =>
            {
                row.Id = 0;
                row.Status = RefundStatus.Pending;
                row.CompletedAt = null;
                db.Refunds.Add(row);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
                {
                    return (false, true, []); // another call recorded it first: continue with theirs
                }
                IReadOnlyList<SkuChanged> skus = [];
                if (!flagged)
                {
                    if (!await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToShip, OrderStatus.Cancelled, now, "OrderEvent_Refunded", actorId, ct))
                        return (false, false, skus); // shipped or cancelled meanwhile
                    skus = await OrderStock.ReturnAsync(db, orderId, ct);
                }
                if (order.PayMethod == PayMethod.Balance)
                {
                    await balance.CreditAsync(db, order.UserId, amount, LedgerKind.Refund, orderId, null, ct);
                    row.Status = RefundStatus.Done;
                    row.CompletedAt = now;
                    await db.SaveChangesAsync(ct);
                }
                await tx.CommitAsync(ct);
                return (true, false, skus);
            }, ct);
            db.ChangeTracker.Clear();
            if (recorded.Raced) return await RefundAsync(orderId, actorId, reason, ct);
            if (!recorded.Recorded) return RefundOutcome.NotRefundable;
            if (!flagged)
            {
                await bus.PublishAsync(new OrderChanged(orderId, order.UserId, OrderStatus.Cancelled, OrderStatus.ToShip, order.TotalAmount), ct);
                foreach (var sku in recorded.Skus) await bus.PublishAsync(sku, ct);
            }
            log.LogInformation("Order {OrderId}: refund of {Amount} recorded ({PayMethod})", orderId, amount, order.PayMethod);
            if (order.PayMethod == PayMethod.Balance) return RefundOutcome.Refunded;
            refund = row;
        }

        var result = await gateway.RefundAsync(orderId, refund.Amount, refund.RequestNo, refund.Reason, ct);
        if (!result.Succeeded)
        {
            log.LogWarning("Order {OrderId}: the gateway did not refund ({Error}); the refund can be retried", orderId, result.Error);
            var error = result.Error is { Length: > 300 } text ? text[..300] : result.Error;
            await db.Refunds.Where(r => r.Id == refund.Id && r.Status != RefundStatus.Done)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RefundStatus.Failed).SetProperty(r => r.Error, error), ct);
            return RefundOutcome.GatewayFailed;
        }
        var completed = clock.GetUtcNow().UtcDateTime;
        var done = await db.Refunds.Where(r => r.Id == refund.Id && r.Status != RefundStatus.Done)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RefundStatus.Done).SetProperty(r => r.CompletedAt, completed)
                .SetProperty(r => r.Error, (string?)null), ct);
        await db.Payments.Where(p => p.OrderId == orderId && p.NeedsRefund).ExecuteUpdateAsync(s => s.SetProperty(p => p.NeedsRefund, false), ct);
        return done == 1 ? RefundOutcome.Refunded : RefundOutcome.AlreadyRefunded;
    }
}
