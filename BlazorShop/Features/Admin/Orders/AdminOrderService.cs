using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Orders;
using BlazorShop.Features.Payments;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Admin.Orders;

/// <summary>
/// Orders in the back office (orders permission): the filtered grid and its CSV, the detail, ship (to ship → to receive)
/// and cancel (stock returned; a paid order refunded: balance here, Alipay through the payment feature's <see cref="IRefunds"/>). Status
/// moves go through <see cref="OrderStatusMachine.MoveAsync"/>, so two admins clicking at once move an order once.
/// </summary>
public sealed class AdminOrderService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, IBalanceService balance,
    IRefunds refunds, TimeProvider clock, IOptions<AdminOptions> options, ILogger<AdminOrderService> log)
{
    public async Task<(IReadOnlyList<OrderGridRow> Rows, int Total)> QueryAsync(ClaimsPrincipal user, OrderGridQuery query, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Orders);
        await using var db = contexts.CreateDbContext();
        var q = Filter(db, query);
        var total = await q.CountAsync(ct);
        var rows = await Sort(q, query).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 200)).Select(Projection(db)).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Every order the filter matches, in the grid's order (CSV export).</summary>
    public async Task<IReadOnlyList<OrderGridRow>> ExportAsync(ClaimsPrincipal user, OrderGridQuery query, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Orders);
        await using var db = contexts.CreateDbContext();
        return await Sort(Filter(db, query), query).Take(options.Value.MaxExportRows).Select(Projection(db)).ToListAsync(ct);
    }

    public async Task<AdminOrderDetail?> GetAsync(ClaimsPrincipal user, string orderId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Orders);
        await using var db = contexts.CreateDbContext();
        var row = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(Projection(db)).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.Province, o.City, o.District, o.Place, o.PaidAt, o.ShippedAt }).SingleAsync(ct);
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == orderId).OrderBy(l => l.Id)
            .Select(l => new AdminOrderLine(l.SkuId, l.SkuName, l.Count, l.Price, l.Score, l.Comment)).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.Id)
            .Select(p => new AdminPayment(p.TradeNo, p.Amount, p.CreatedAt)).ToListAsync(ct);
        var history = await db.OrderStatusChanges.AsNoTracking().Where(h => h.OrderId == orderId).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new AdminStatusStep(h.From, h.To, h.Reason, h.ActorId, h.At)).ToListAsync(ct);
        return new AdminOrderDetail(row, $"{order.Province} {order.City} {order.District} {order.Place}", order.PaidAt, order.ShippedAt, lines, payments, history);
    }

    public async Task<AdminOrderOutcome> ShipAsync(ClaimsPrincipal user, string orderId, CancellationToken ct = default)
    {
        var me = await guard.DemandAsync(user, AdminPolicies.Orders);
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = await db.InTransactionAsync(async tx =>
        {
            if (!await OrderStatusMachine.MoveAsync(db, orderId, OrderStatus.ToShip, OrderStatus.ToReceive, now, "OrderEvent_Shipped", me, ct)) return false;
            audit.Add(db, user, AuditAreas.Orders, "order.ship", "order:" + orderId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }, ct);
        if (!moved) return await db.Orders.AnyAsync(o => o.Id == orderId, ct) ? AdminOrderOutcome.WrongStatus : AdminOrderOutcome.NotFound;
        await PublishAsync(db, orderId, OrderStatus.ToShip, [], ct);
        return AdminOrderOutcome.Done;
    }

    /// <summary>
    /// Cancels an unpaid order, or one waiting to ship (refunding what was paid), returning its stock — all in one
    /// transaction, so a refund that fails leaves the order as it was.
    /// </summary>
    public async Task<AdminOrderOutcome> CancelAsync(ClaimsPrincipal user, string orderId, CancellationToken ct = default)
    {
        var me = await guard.DemandAsync(user, AdminPolicies.Orders);
        await using var db = contexts.CreateDbContext();
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.Status, o.PayMethod, o.UserId, o.TotalAmount, o.PaidAt }).SingleOrDefaultAsync(ct);
        if (order is null) return AdminOrderOutcome.NotFound;
        if (order.Status is not (OrderStatus.Unpaid or OrderStatus.ToShip)) return AdminOrderOutcome.WrongStatus;
        if (order.Status == OrderStatus.ToShip && order.PayMethod == PayMethod.Alipay)
            return await RefundThroughGatewayAsync(user, me, orderId, order.TotalAmount, ct);
        var paid = order.Status == OrderStatus.ToShip && order.PayMethod == PayMethod.Balance;
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await db.InTransactionAsync<(AdminOrderOutcome Outcome, IReadOnlyList<SkuChanged> Skus)>(async tx =>
        {
            if (!await OrderStatusMachine.MoveAsync(db, orderId, order.Status, OrderStatus.Cancelled, now, "OrderEvent_CancelledByAdmin", me, ct))
                return (AdminOrderOutcome.WrongStatus, []);
            if (paid)
            {
                var credit = await balance.CreditAsync(db, order.UserId, order.TotalAmount, LedgerKind.Refund, orderId, null, ct);
                if (!credit.Succeeded) return (AdminOrderOutcome.RefundUnavailable, []);
            }
            var skus = await OrderStock.ReturnAsync(db, orderId, ct);
            audit.Add(db, user, AuditAreas.Orders, "order.cancel", "order:" + orderId,
                paid ? string.Create(CultureInfo.InvariantCulture, $"refund {order.TotalAmount:0.00} ({order.PayMethod})") : "");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return (AdminOrderOutcome.Done, skus);
        }, ct);
        if (result.Outcome == AdminOrderOutcome.Done) await PublishAsync(db, orderId, order.Status, result.Skus, ct);
        return result.Outcome;
    }

    /// <summary>
    /// An Alipay-paid order waiting to ship: the payment feature cancels it, returns the stock, records the refund and
    /// asks the gateway (<c>alipay.trade.refund</c> under a per-order idempotency key), once however often it is asked.
    /// </summary>
    private async Task<AdminOrderOutcome> RefundThroughGatewayAsync(ClaimsPrincipal user, long me, string orderId, decimal amount, CancellationToken ct)
    {
        var outcome = await refunds.RefundAsync(orderId, me, "OrderEvent_Refunded", ct);
        if (outcome == RefundOutcome.Refunded)
        {
            await using var db = contexts.CreateDbContext();
            audit.Add(db, user, AuditAreas.Orders, "order.cancel", "order:" + orderId,
                string.Create(CultureInfo.InvariantCulture, $"refund {amount:0.00} (Alipay)"));
            await db.SaveChangesAsync(ct);
        }
        return outcome switch
        {
            RefundOutcome.Refunded => AdminOrderOutcome.Done,
            RefundOutcome.AlreadyRefunded => AdminOrderOutcome.WrongStatus,
            RefundOutcome.NotFound => AdminOrderOutcome.NotFound,
            _ => AdminOrderOutcome.RefundUnavailable, // no payment recorded, or the gateway said no (recorded; retry)
        };
    }

    private async Task PublishAsync(ShopDbContext db, string orderId, OrderStatus previous, IReadOnlyList<SkuChanged> skus, CancellationToken ct)
    {
        try
        {
            foreach (var sku in skus) await bus.PublishAsync(sku, ct);
            var changed = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
                .Select(o => new OrderChanged(o.Id, o.UserId, o.Status, previous, o.TotalAmount)).FirstAsync(ct);
            await bus.PublishAsync(changed, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Order {OrderId} changed, but publishing its events failed", orderId);
        }
    }

    private static IQueryable<Order> Filter(ShopDbContext db, OrderGridQuery query)
    {
        var q = db.Orders.AsNoTracking();
        if (query.Status is { } status) q = q.Where(o => o.Status == status);
        if (query.From is { } from)
        {
            var start = ChinaMidnightUtc(from);
            q = q.Where(o => o.CreatedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = ChinaMidnightUtc(to.AddDays(1));
            q = q.Where(o => o.CreatedAt < end);
        }
        if (query.OrderId?.Trim() is { Length: > 0 } id)
        {
            if (id.Length > 23) id = id[..23];
            q = q.Where(o => o.Id.Contains(id));
        }
        if (query.User?.Trim() is { Length: > 0 } u)
        {
            if (u.Length > 64) u = u[..64];
            q = long.TryParse(u, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
                ? q.Where(o => o.UserId == userId || db.Users.Any(x => x.Id == o.UserId && (x.Mobile == u || x.UserName == u)))
                : q.Where(o => db.Users.Any(x => x.Id == o.UserId && x.UserName!.Contains(u)));
        }
        return q;
    }

    private static IQueryable<Order> Sort(IQueryable<Order> q, OrderGridQuery query) => (query.Sort?.ToLowerInvariant()) switch
    {
        "totalamount" or "amount" => By(q, o => (double)o.TotalAmount, query.Descending),
        "status" => By(q, o => o.Status, query.Descending),
        "createdat" or "created" => By(q, o => o.CreatedAt, query.Descending),
        _ => By(q, o => o.Id, query.Descending),
    };

    private static IQueryable<Order> By<T>(IQueryable<Order> q, Expression<Func<Order, T>> key, bool descending) =>
        (descending ? q.OrderByDescending(key) : q.OrderBy(key)).ThenBy(o => o.Id);

    private static Expression<Func<Order, OrderGridRow>> Projection(ShopDbContext db) => o => new OrderGridRow(
        o.Id, o.UserId, db.Users.Where(u => u.Id == o.UserId).Select(u => u.UserName).FirstOrDefault() ?? "", o.Receiver, o.Mobile,
        o.TotalCount, o.TotalAmount, o.Freight, o.PayMethod, o.Status, o.CreatedAt);

    /// <summary>The UTC instant a China calendar day starts (China time is UTC+8 all year).</summary>
    public static DateTime ChinaMidnightUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);
}
