using System.Globalization;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Admin.Users;

/// <summary>
/// Recharge requests to approve or reject (finance permission). Approval goes through <see cref="IBalanceService"/>, which
/// moves the request from pending in one conditional update: two admins clicking at once credit the balance once.
/// </summary>
public sealed class AdminRechargeService(IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, IBalanceService balance, AuditLog audit)
{
    public async Task<(IReadOnlyList<RechargeRow> Rows, int Total)> ListAsync(ClaimsPrincipal user, RechargeStatus? status, int skip, int take, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Finance);
        await using var db = contexts.CreateDbContext();
        var q = from r in db.RechargeRequests.AsNoTracking() join u in db.Users on r.UserId equals u.Id select new { r, u.UserName };
        if (status is { } s) q = q.Where(x => x.r.Status == s);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.r.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(x => new RechargeRow(x.r.Id, x.r.UserId, x.UserName ?? "", x.r.Amount, x.r.Status, x.r.CreatedAt, x.r.ReviewedAt, x.r.Note)).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<RechargeReview> ApproveAsync(ClaimsPrincipal user, long rechargeId, CancellationToken ct = default)
    {
        var me = await guard.DemandAsync(user, AdminPolicies.Finance);
        var outcome = await balance.ApproveRechargeAsync(rechargeId, me, ct);
        if (outcome == RechargeReview.Approved) await audit.WriteAsync(user, AuditAreas.Finance, "recharge.approve", "recharge:" + rechargeId.ToString(CultureInfo.InvariantCulture), "", ct);
        return outcome;
    }

    public async Task<RechargeReview> RejectAsync(ClaimsPrincipal user, long rechargeId, string? note, CancellationToken ct = default)
    {
        var me = await guard.DemandAsync(user, AdminPolicies.Finance);
        if (note is { Length: > 200 }) note = note[..200];
        var outcome = await balance.RejectRechargeAsync(rechargeId, me, note, ct);
        if (outcome == RechargeReview.Rejected) await audit.WriteAsync(user, AuditAreas.Finance, "recharge.reject", "recharge:" + rechargeId.ToString(CultureInfo.InvariantCulture), note ?? "", ct);
        return outcome;
    }
}
