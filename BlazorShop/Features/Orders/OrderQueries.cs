using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Orders;

public sealed class OrderQueries(IDbContextFactory<ShopDbContext> contexts, IOptions<OrderOptions> options) : IOrderQueries
{
    public async Task<OrderHistoryPage> GetHistoryAsync(long userId, OrderStatus? status, int page, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await db.Orders.AsNoTracking().Where(o => o.UserId == userId)
            .GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var total = status is { } s ? counts.GetValueOrDefault(s) : counts.Values.Sum();
        var size = options.Value.PageSize;
        var pageCount = Math.Max(1, (total + size - 1) / size);
        page = Math.Clamp(page, 1, pageCount);
        var orders = db.Orders.AsNoTracking().Where(o => o.UserId == userId);
        if (status is { } only) orders = orders.Where(o => o.Status == only);
        var rows = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(o => new
            {
                o.Id, o.CreatedAt, o.Status, o.PayMethod, o.TotalAmount, o.TotalCount, o.ExpiresAt,
                Lines = o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Id, l.SkuId, l.SkuName, l.Image, l.Price, l.Count,
                    l.IsCommented, l.Score, l.Comment, l.IsAnonymous)).ToList(),
            })
            .ToListAsync(ct);
        return new OrderHistoryPage(status,
            [.. rows.Select(r => new OrderSummary(r.Id, r.CreatedAt, r.Status, r.PayMethod, r.TotalAmount, r.TotalCount, r.ExpiresAt, r.Lines))],
            page, pageCount, total, counts);
    }

    public async Task<OrderDetail?> GetAsync(long userId, string orderId, CancellationToken ct = default)
    {
        if (!OrderIds.IsWellFormed(orderId)) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var o = await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.UserId == userId)
            .Select(o => new
            {
                o.Id, o.UserId, o.Status, o.PayMethod, o.CreatedAt, o.PaidAt, o.ExpiresAt, o.Receiver, o.Mobile,
                o.Province, o.City, o.District, o.Place, o.TotalCount, o.Freight, o.TotalAmount,
                Lines = o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Id, l.SkuId, l.SkuName, l.Image, l.Price, l.Count,
                    l.IsCommented, l.Score, l.Comment, l.IsAnonymous)).ToList(),
                Timeline = o.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new OrderTimelineStep(h.To, h.Reason, h.At)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return o is null ? null : new OrderDetail(o.Id, o.UserId, o.Status, o.PayMethod, o.CreatedAt, o.PaidAt, o.ExpiresAt,
            o.Receiver, o.Mobile, $"{o.Province} {o.City} {o.District} {o.Place}", o.TotalCount, o.Freight, o.TotalAmount,
            o.Lines, o.Timeline);
    }
}
