using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Orders;

/// <summary>
/// A shopper's order actions, and the cancellation the expiry sweep shares. Every change is a conditional
/// transition (<see cref="OrderStatusMachine"/>), so a double click, two tabs or a racing expiry worker change an
/// order once; stock goes back in the same transaction as the cancellation, hence exactly once.
/// </summary>
public sealed class OrderActions(IDbContextFactory<ShopDbContext> contexts, IEventBus bus, TimeProvider clock,
    ILogger<OrderActions> log) : IOrderActions
{
    public async Task<OrderActionOutcome> CancelAsync(long userId, string orderId, CancellationToken ct = default)
    {
        if (await StatusOfAsync(userId, orderId, ct) is not { } status) return OrderActionOutcome.NotFound;
        if (status != OrderStatus.Unpaid) return OrderActionOutcome.NotAllowed;
        return await CancelUnpaidAsync(orderId, "OrderEvent_CancelledByShopper", userId, ct)
            ? OrderActionOutcome.Done : OrderActionOutcome.NotAllowed;
    }

    /// <summary>
    /// Unpaid → cancelled with the stock returned, in one transaction; false when the order was no longer unpaid
    /// (paid meanwhile, or cancelled by someone else first). Used by the shopper's cancel and by the expiry sweep.
    /// </summary>
    public async Task<bool> CancelUnpaidAsync(string orderId, string reason, long? actorId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var done = await db.InTransactionAsync(async tx =>
        {
            if (!await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.Unpaid, OrderStatus.Cancelled, now, reason, actorId, ct))
                return null;
            var returned = await OrderStock.ReturnAsync(db, orderId, ct);
            var changed = await ChangedAsync(db, orderId, OrderStatus.Unpaid, ct);
            await tx.CommitAsync(ct);
            return new { returned, changed };
        }, ct);
        if (done is null) return false;
        await PublishAsync(done.returned, done.changed, ct);
        return true;
    }

    public async Task<OrderActionOutcome> ConfirmReceiptAsync(long userId, string orderId, CancellationToken ct = default)
    {
        if (await StatusOfAsync(userId, orderId, ct) is not { } status) return OrderActionOutcome.NotFound;
        if (status != OrderStatus.ToReceive) return OrderActionOutcome.NotAllowed;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var moved = await db.InTransactionAsync(async tx =>
        {
            if (!await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToReceive, OrderStatus.ToReview,
                clock.GetUtcNow().UtcDateTime, "OrderEvent_Received", userId, ct)) return false;
            await tx.CommitAsync(ct);
            return true;
        }, ct);
        if (!moved) return OrderActionOutcome.NotAllowed;
        await PublishAsync([], await ChangedAsync(db, orderId, OrderStatus.ToReceive, ct), ct);
        return OrderActionOutcome.Done;
    }

    public async Task<OrderActionOutcome> ReviewAsync(long userId, string orderId, IReadOnlyList<LineReview> reviews, CancellationToken ct = default)
    {
        if (await StatusOfAsync(userId, orderId, ct) is not { } status) return OrderActionOutcome.NotFound;
        if (status != OrderStatus.ToReview) return OrderActionOutcome.NotAllowed;
        if (reviews.Count == 0 || reviews.Select(r => r.LineId).Distinct().Count() != reviews.Count
            || reviews.Any(r => r.Score is < 1 or > 5 || r.Text?.Trim() is not { Length: >= LineReview.MinText and <= LineReview.MaxText }))
            return OrderActionOutcome.Invalid;

        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var reviewed = new List<long>();
        var finished = await db.InTransactionAsync<bool?>(async tx =>
        {
            reviewed.Clear();
            foreach (var review in reviews)
            {
                var text = review.Text!.Trim();
                // Only a line of this order not reviewed yet: a second submission of the same review changes nothing.
                var written = await db.OrderLines.Where(l => l.Id == review.LineId && l.OrderId == orderId && !l.IsCommented)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(l => l.Score, review.Score).SetProperty(l => l.Comment, text)
                        .SetProperty(l => l.IsAnonymous, review.Anonymous).SetProperty(l => l.IsCommented, true)
                        .SetProperty(l => l.CommentedAt, now), ct);
                if (written != 1) return null;
                var skuId = await db.OrderLines.Where(l => l.Id == review.LineId).Select(l => l.SkuId).FirstAsync(ct);
                reviewed.Add(skuId);
                await db.Skus.Where(s => s.Id == skuId).ExecuteUpdateAsync(s => s.SetProperty(k => k.CommentCount, k => k.CommentCount + 1), ct);
                await db.Spus.Where(p => p.Skus.Any(k => k.Id == skuId))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + 1), ct);
            }
            var all = !await db.OrderLines.AnyAsync(l => l.OrderId == orderId && !l.IsCommented, ct)
                && await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToReview, OrderStatus.Finished, now, "OrderEvent_Reviewed", userId, ct);
            await tx.CommitAsync(ct);
            return all;
        }, ct);
        if (finished is null) return OrderActionOutcome.Invalid;
        // The reviewed SKUs "changed" too: their product pages (cached copies included) show the new review at once.
        var skus = await OrderStock.ChangesAsync(db, reviewed, ct);
        if (finished == true) await PublishAsync(skus, await ChangedAsync(db, orderId, OrderStatus.ToReview, ct), ct);
        else await PublishAsync(skus, null, ct);
        return OrderActionOutcome.Done;
    }

    /// <summary>Cancels unpaid orders whose time is up; safe to run on several instances at once. Returns how many.</summary>
    public async Task<int> ExpireDueAsync(int batch, CancellationToken ct = default)
    {
        List<string> due;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.Orders.AsNoTracking()
                .Where(o => o.Status == OrderStatus.Unpaid && o.ExpiresAt != null && o.ExpiresAt <= now)
                .OrderBy(o => o.ExpiresAt).Select(o => o.Id).Take(batch).ToListAsync(ct);
        }
        var cancelled = 0;
        foreach (var id in due)
            if (await CancelUnpaidAsync(id, "OrderEvent_Expired", null, ct)) cancelled++;
        return cancelled;
    }

    private async Task<OrderStatus?> StatusOfAsync(long userId, string orderId, CancellationToken ct)
    {
        if (!OrderIds.IsWellFormed(orderId)) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.UserId == userId)
            .Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(ct);
    }

    private static async Task<OrderChanged> ChangedAsync(ShopDbContext db, string orderId, OrderStatus previous, CancellationToken ct) =>
        await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new OrderChanged(o.Id, o.UserId, o.Status, previous, o.TotalAmount)).FirstAsync(ct);

    private async Task PublishAsync(IReadOnlyList<SkuChanged> skus, OrderChanged? order, CancellationToken ct)
    {
        try
        {
            foreach (var evt in skus) await bus.PublishAsync(evt, ct);
            if (order is not null) await bus.PublishAsync(order, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Order {OrderId} changed, but publishing its events failed", order?.OrderId);
        }
    }
}
