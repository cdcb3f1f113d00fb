using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Admin.Audit;

/// <summary>
/// Who changed what and when in the back office. A change adds its entry to the context that saves the change (one
/// transaction: no change without its entry); the log is readable by Admins only.
/// </summary>
public sealed class AuditLog(IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    public void Add(ShopDbContext db, ClaimsPrincipal actor, string area, string action, string target, string details = "") =>
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.UserId(),
            ActorName = Cut(actor.Identity?.Name ?? "", 64),
            Area = area,
            Action = Cut(action, 50),
            Target = Cut(target, 100),
            Details = Cut(details, 1000),
        });

    /// <summary>Writes one entry on its own (for changes saved by another service, e.g. a recharge review).</summary>
    public async Task WriteAsync(ClaimsPrincipal actor, string area, string action, string target, string details = "", CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        Add(db, actor, area, action, target, details);
        await db.SaveChangesAsync(ct);
    }

    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> QueryAsync(ClaimsPrincipal user, AuditQuery query, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.AdminOnly);
        await using var db = contexts.CreateDbContext();
        var q = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Area)) q = q.Where(a => a.Area == query.Area);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            q = q.Where(a => a.ActorName.Contains(text) || a.Target.Contains(text) || a.Details.Contains(text) || a.Action.Contains(text));
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 200))
            .Select(a => new AuditRow(a.Id, a.At, a.ActorName, a.Area, a.Action, a.Target, a.Details)).ToListAsync(ct);
        return (rows, total);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
