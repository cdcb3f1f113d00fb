using System.Security.Claims;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.SignIn;

/// <summary>
/// Sessions end for real. The auth cookie carries the user's security stamp; every request compares it with the
/// stamp in the database (one primary-key lookup, no cookie re-issued), and logout, a password change or reset
/// write a new stamp — so a cookie copied before any of those is refused on every instance, also after a restart.
/// Interactive circuits re-check it every minute (<see cref="CircuitSessionRevalidation"/>).
/// </summary>
public sealed class SessionStamp(IDbContextFactory<ShopDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    /// <summary>Cookie authentication's OnValidatePrincipal: refuses (and clears) a cookie whose stamp is not the current one.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStamp>();
        if (context.Principal is { } principal && await sessions.IsCurrentAsync(principal, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.UserId() is not { } id) return false;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (string.IsNullOrEmpty(stamp)) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        return current == stamp;
    }

    /// <summary>Ends every session of the user (all devices) with one UPDATE of the stamp.</summary>
    public async Task RevokeAllAsync(long userId, CancellationToken ct = default)
    {
        var stamp = NewStamp();
        var concurrency = Guid.NewGuid().ToString();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp).SetProperty(u => u.ConcurrencyStamp, concurrency), ct);
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
}
