using System.Security.Claims;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Admin.Users;

/// <summary>Shoppers' reviews (reviews permission): hide one from the product page, or show it again.</summary>
public sealed class AdminReviewService(IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus)
{
    public async Task<(IReadOnlyList<ReviewRow> Rows, int Total)> ListAsync(ClaimsPrincipal user, string? search, int skip, int take, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Reviews);
        await using var db = contexts.CreateDbContext();
        var q = from l in db.OrderLines.AsNoTracking()
                join o in db.Orders on l.OrderId equals o.Id
                join u in db.Users on o.UserId equals u.Id
                where l.IsCommented
                select new { l, u.UserName };
        if (search?.Trim() is { Length: > 0 } s) q = q.Where(x => x.l.SkuName.Contains(s) || (x.l.Comment != null && x.l.Comment.Contains(s)) || x.UserName!.Contains(s));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.l.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(x => new ReviewRow(x.l.Id, x.l.OrderId, x.l.SkuId, x.l.SkuName, x.UserName ?? "", x.l.Score ?? 0, x.l.Comment ?? "", x.l.CommentedAt, x.l.IsReviewHidden))
            .ToListAsync(ct);
        return (rows, total);
    }

    public async Task<bool> SetHiddenAsync(ClaimsPrincipal user, long lineId, bool hidden, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Reviews);
        await using var db = contexts.CreateDbContext();
        var line = await db.OrderLines.SingleOrDefaultAsync(l => l.Id == lineId && l.IsCommented, ct);
        if (line is null) return false;
        line.IsReviewHidden = hidden;
        audit.Add(db, user, AuditAreas.Goods, hidden ? "review.hide" : "review.show", "order-line:" + lineId, line.SkuName);
        await db.SaveChangesAsync(ct);
        // The product page's reviews are cached with the SKU: announcing the SKU drops them on every instance.
        var sku = await db.Skus.AsNoTracking().Where(s => s.Id == line.SkuId).Select(s => new { s.Id, s.Price, s.Stock, s.IsLaunched }).SingleAsync(ct);
        await bus.PublishAsync(new SkuChanged(sku.Id, sku.Price, sku.Stock, sku.IsLaunched), ct);
        return true;
    }
}
