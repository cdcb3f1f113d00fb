using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Orders;

/// <summary>
/// The one place that knows which status changes are legal, and the one way to make them: a conditional
/// UPDATE ("... WHERE Id = x AND Status = from"), so two racing actors (a payment notify and the expiry sweep,
/// two admins, a double click) can never both move the same order; the loser sees false.
/// </summary>
public static class OrderStatusMachine
{
    private static readonly HashSet<(OrderStatus From, OrderStatus To)> Legal =
    [
        (OrderStatus.Unpaid, OrderStatus.ToShip),       // paid (Alipay notify/query)
        (OrderStatus.Unpaid, OrderStatus.Cancelled),    // shopper cancels, expiry, gateway closed the trade
        (OrderStatus.ToShip, OrderStatus.ToReceive),    // shipped
        (OrderStatus.ToShip, OrderStatus.Cancelled),    // admin cancels / refunds before shipping
        (OrderStatus.ToReceive, OrderStatus.ToReview),  // shopper confirms receipt
        (OrderStatus.ToReview, OrderStatus.Finished),   // every line reviewed
    ];

    public static bool CanMove(OrderStatus from, OrderStatus to) => Legal.Contains((from, to));

    /// <summary>The statuses an order in <paramref name="from"/> may move to.</summary>
    public static IEnumerable<OrderStatus> Next(OrderStatus from) => Legal.Where(t => t.From == from).Select(t => t.To);

    /// <summary>
    /// Moves the order from <paramref name="from"/> to <paramref name="to"/> if it is still in <paramref name="from"/>,
    /// stamping the matching time column and adding a timeline row. Runs in the caller's transaction when there is one.
    /// Returns false (and changes nothing) when the order is not in <paramref name="from"/> any more (or never was).
    /// Throws <see cref="InvalidOperationException"/> for a transition the machine does not allow.
    /// </summary>
    public static async Task<bool> MoveAsync(ShopDbContext db, string orderId, OrderStatus from, OrderStatus to,
        DateTime nowUtc, string reason, long? actorId = null, CancellationToken ct = default)
    {
        if (!CanMove(from, to))
            throw new InvalidOperationException($"Illegal order transition {from} -> {to}.");
        var orders = db.Orders.Where(o => o.Id == orderId && o.Status == from);
        var moved = to switch
        {
            OrderStatus.ToShip => await orders.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, to).SetProperty(o => o.PaidAt, nowUtc).SetProperty(o => o.ExpiresAt, (DateTime?)null)
                .SetProperty(o => o.UpdatedAt, nowUtc).SetProperty(o => o.RowVersion, o => o.RowVersion + 1), ct),
            OrderStatus.ToReceive => await orders.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, to).SetProperty(o => o.ShippedAt, nowUtc)
                .SetProperty(o => o.UpdatedAt, nowUtc).SetProperty(o => o.RowVersion, o => o.RowVersion + 1), ct),
            OrderStatus.ToReview => await orders.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, to).SetProperty(o => o.ReceivedAt, nowUtc)
                .SetProperty(o => o.UpdatedAt, nowUtc).SetProperty(o => o.RowVersion, o => o.RowVersion + 1), ct),
            OrderStatus.Cancelled => await orders.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, to).SetProperty(o => o.CancelledAt, nowUtc).SetProperty(o => o.ExpiresAt, (DateTime?)null)
                .SetProperty(o => o.UpdatedAt, nowUtc).SetProperty(o => o.RowVersion, o => o.RowVersion + 1), ct),
            _ => await orders.ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, to)
                .SetProperty(o => o.UpdatedAt, nowUtc).SetProperty(o => o.RowVersion, o => o.RowVersion + 1), ct),
        };
        if (moved != 1) return false;
        db.OrderStatusChanges.Add(new OrderStatusChange { OrderId = orderId, From = from, To = to, Reason = reason, ActorId = actorId, At = nowUtc });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
