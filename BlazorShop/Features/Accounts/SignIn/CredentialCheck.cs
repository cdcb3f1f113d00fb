using System.Security.Cryptography;
using System.Text;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Verification;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.SignIn;

/// <summary>
/// Checks an account (username or mobile) and password, the way an attacker cannot tell apart or race:
/// <list type="bullet">
/// <item>every attempt hashes one password — the account's, or a dummy hash when the name is unknown or has no
/// password — so an unknown name answers as slowly as a wrong password;</item>
/// <item>a failure adds one to the account's count in a single UPDATE (count = count + 1), and a second conditional
/// UPDATE locks the account when the count reached the limit, so parallel wrong passwords all count (Identity's
/// read-modify-write lost all but one);</item>
/// <item>an unknown name gets the same answers, "locked" included: its failures are counted too (by a hash of the
/// name) and lock it just the same.</item>
/// </list>
/// The log says which user id failed or was locked and from which address — never a password or the typed name.
/// </summary>
public sealed class CredentialCheck(
    IDbContextFactory<ShopDbContext> dbFactory, UserManager<ShopUser> users, IPasswordHasher<ShopUser> hasher, RateCounters counters,
    TimeProvider time, IOptions<IdentityOptions> identity, ILogger<CredentialCheck> logger) : ICredentialCheck
{
    private static string? s_dummyHash;
    private static readonly ShopUser DummyUser = new();

    public async Task<CredentialResult> CheckAsync(string? account, string? password, string clientAddress, CancellationToken ct = default)
    {
        account = (account ?? "").Trim();
        password ??= "";
        var lockout = identity.Value.Lockout;
        var dummyHash = s_dummyHash ??= hasher.HashPassword(DummyUser, RandomNumberGenerator.GetHexString(32));

        ShopUser? user = null;
        var normalized = users.NormalizeName(account) ?? "";
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (AccountRules.IsMobile(account))
                user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Mobile == account, ct);
            else if (account.Length > 0)
                user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        }

        if (user is null)
        {
            hasher.VerifyHashedPassword(DummyUser, dummyHash, password);
            var key = "login:unknown:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..40];
            var locked = await counters.TryHitAsync(key, lockout.MaxFailedAccessAttempts - 1, lockout.DefaultLockoutTimeSpan, ct) is not null;
            logger.LogWarning("Login failed: unknown account, from {Client}{Locked}", clientAddress, locked ? " (answered locked)" : "");
            return new(locked ? SignInOutcome.LockedOut : SignInOutcome.Failed);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash ?? dummyHash, password);
        if (user.PasswordHash is null) verdict = PasswordVerificationResult.Failed;
        var now = time.GetUtcNow();
        if (user.LockoutEnabled && user.LockoutEnd > now)
        {
            logger.LogWarning("Login refused: user {UserId} is locked out until {LockoutEnd:O}, from {Client}", user.Id, user.LockoutEnd, clientAddress);
            return new(SignInOutcome.LockedOut);
        }
        if (verdict == PasswordVerificationResult.Failed) return new(await RecordFailureAsync(user, clientAddress, now, ct));
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = hasher.HashPassword(user, password);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, rehashed), ct);
        }
        return new(SignInOutcome.Success, user);
    }

    private async Task<SignInOutcome> RecordFailureAsync(ShopUser user, string clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        var lockout = identity.Value.Lockout;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), ct);
        if (!user.LockoutEnabled)
        {
            logger.LogWarning("Login failed: wrong password for user {UserId}, from {Client}", user.Id, clientAddress);
            return SignInOutcome.Failed;
        }
        // Whichever failure brings the count to the limit locks the account (and starts the count again), once.
        DateTimeOffset? until = now + lockout.DefaultLockoutTimeSpan;
        var stamp = Guid.NewGuid().ToString();
        var locked = await db.Users.Where(u => u.Id == user.Id && u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0)
                .SetProperty(u => u.ConcurrencyStamp, stamp), ct) == 1;
        if (locked)
        {
            logger.LogWarning("User {UserId} locked out until {LockoutEnd:O} after {Attempts} failed logins (the last from {Client})",
                user.Id, until, lockout.MaxFailedAccessAttempts, clientAddress);
            return SignInOutcome.LockedOut;
        }
        logger.LogWarning("Login failed: wrong password for user {UserId}, from {Client}", user.Id, clientAddress);
        return SignInOutcome.Failed;
    }
}
