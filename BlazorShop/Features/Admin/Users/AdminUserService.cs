using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Admin.Users;

/// <summary>
/// Users in the back office: search, lock/unlock (users permission); the Staff flag, a staff member's permissions and the
/// Admin role (Admins only: nobody grants what they could not hold). Every change writes a new security stamp, so the
/// person's sessions end on every device and the next sign-in carries the new roles and permissions.
/// </summary>
public sealed class AdminUserService(
    IDbContextFactory<ShopDbContext> contexts, IServiceScopeFactory scopes, AdminGuard guard, AuditLog audit, TimeProvider clock)
{
    public async Task<(IReadOnlyList<UserRow> Rows, int Total)> SearchAsync(ClaimsPrincipal user, string? search, int skip, int take, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Users);
        await using var db = contexts.CreateDbContext();
        var q = db.Users.AsNoTracking();
        if (search?.Trim() is { Length: > 0 } s)
        {
            if (s.Length > 64) s = s[..64];
            q = long.TryParse(s, out var id)
                ? q.Where(u => u.Id == id || u.Mobile == s || u.UserName!.Contains(s))
                : q.Where(u => u.UserName!.Contains(s) || (u.Email != null && u.Email.Contains(s)));
        }
        var total = await q.CountAsync(ct);
        var now = clock.GetUtcNow();
        var page = await q.OrderByDescending(u => u.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(u => new { u.Id, u.UserName, u.Mobile, u.Email, u.CreatedAt, u.LastLoginAt, u.Balance, u.LockoutEnd }).ToListAsync(ct);
        var ids = page.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name);
        var permissions = (await db.UserClaims.Where(c => ids.Contains(c.UserId) && c.ClaimType == Permissions.ClaimType).Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.ClaimValue ?? "");
        var rows = page.Select(u => new UserRow(u.Id, u.UserName ?? "", u.Mobile, u.Email, u.CreatedAt, u.LastLoginAt, u.Balance,
            u.LockoutEnd is { } end && end > now, roles[u.Id].Contains(Roles.Staff), roles[u.Id].Contains(Roles.Admin), permissions[u.Id].ToList())).ToList();
        return (rows, total);
    }

    public async Task<UserChange> SetLockedAsync(ClaimsPrincipal user, long userId, bool locked, CancellationToken ct = default)
    {
        var me = await guard.DemandAsync(user, AdminPolicies.Users);
        if (me == userId && locked) return UserChange.NotYourself;
        return await ChangeAsync(user, userId, locked ? "user.lock" : "user.unlock", "", async (users, target) =>
        {
            await users.SetLockoutEnabledAsync(target, true);
            await users.SetLockoutEndDateAsync(target, locked ? DateTimeOffset.MaxValue : null);
            if (!locked) await users.ResetAccessFailedCountAsync(target);
        });
    }

    /// <summary>Sets the Staff flag and the staff member's own permissions (Admins only).</summary>
    public async Task<UserChange> SetStaffAsync(ClaimsPrincipal user, long userId, bool staff, IReadOnlyCollection<string> permissions, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.AdminOnly);
        var wanted = permissions.Where(p => Permissions.All.Contains(p)).Distinct().Order().ToList();
        return await ChangeAsync(user, userId, "user.staff", $"staff {staff}; {string.Join(",", wanted)}", async (users, target) =>
        {
            var isStaff = await users.IsInRoleAsync(target, Roles.Staff);
            if (staff && !isStaff) Check(await users.AddToRoleAsync(target, Roles.Staff));
            if (!staff && isStaff) Check(await users.RemoveFromRoleAsync(target, Roles.Staff));
            var current = (await users.GetClaimsAsync(target)).Where(c => c.Type == Permissions.ClaimType).ToList();
            if (current.Count > 0) Check(await users.RemoveClaimsAsync(target, current));
            if (staff && wanted.Count > 0) Check(await users.AddClaimsAsync(target, wanted.Select(p => new Claim(Permissions.ClaimType, p))));
        });
    }

    /// <summary>Grants or takes the Admin role (Admins only; an Admin can't take their own).</summary>
    public async Task<UserChange> SetAdminAsync(ClaimsPrincipal user, long userId, bool admin, CancellationToken ct = default)
    {
        var me = await guard.DemandAsync(user, AdminPolicies.AdminOnly);
        if (me == userId && !admin) return UserChange.NotYourself;
        return await ChangeAsync(user, userId, admin ? "user.admin.grant" : "user.admin.revoke", "", async (users, target) =>
        {
            var isAdmin = await users.IsInRoleAsync(target, Roles.Admin);
            if (admin && !isAdmin) Check(await users.AddToRoleAsync(target, Roles.Admin));
            if (!admin && isAdmin) Check(await users.RemoveFromRoleAsync(target, Roles.Admin));
        });
    }

    private async Task<UserChange> ChangeAsync(ClaimsPrincipal actor, long userId, string action, string details, Func<UserManager<ShopUser>, ShopUser, Task> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var target = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (target is null) return UserChange.NotFound;
        await change(users, target);
        Check(await users.UpdateSecurityStampAsync(target));
        await audit.WriteAsync(actor, AuditAreas.Users, action, "user:" + userId + " " + target.UserName, details);
        return UserChange.Done;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
