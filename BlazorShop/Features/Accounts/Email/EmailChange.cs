using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Verification;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Messaging;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.Email;

/// <summary>
/// Setting the e-mail address: it is stored unconfirmed at once and an activation link is queued (at most one per
/// user per minute); the link confirms it only while it is still the user's address. Plain column updates — no
/// security-stamp change, so setting an address does not sign anyone out.
/// </summary>
public sealed class EmailChange(
    IDbContextFactory<ShopDbContext> dbFactory, UserManager<ShopUser> users, EmailActivation activation, MessageQueue queue,
    RateCounters counters, IOptions<AccountOptions> options, IStringLocalizer<SharedResource> localizer, ILogger<EmailChange> logger)
{
    public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(60);

    public sealed record Status(string? Email, bool Confirmed, string UserName);

    public async Task<Status?> StatusAsync(long userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => new Status(u.Email, u.EmailConfirmed, u.UserName ?? "")).FirstOrDefaultAsync(ct);
    }

    /// <summary>Stores the address (unconfirmed) and queues its activation link; returns the refusal message, or null.</summary>
    public async Task<string?> SetAsync(long userId, string? email, HttpRequest request, CancellationToken ct = default)
    {
        email = email?.Trim();
        if (!AccountRules.IsEmail(email)) return localizer["EmailRule"];
        if (await counters.TryHitAsync($"email:user:{userId}", 1, ResendInterval, ct) is { } wait)
            return localizer["EmailTooSoon", SmsCodeSender.Seconds(wait)];
        var normalized = users.NormalizeEmail(email);
        string userName;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var current = await db.Users.Where(u => u.Id == userId).Select(u => new { u.UserName, u.NormalizedEmail, u.EmailConfirmed }).FirstOrDefaultAsync(ct);
            if (current is null) return localizer["EmailRule"];
            if (current.EmailConfirmed && current.NormalizedEmail == normalized) return localizer["EmailAlreadyConfirmed"];
            userName = current.UserName ?? "";
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Email, email).SetProperty(u => u.NormalizedEmail, normalized).SetProperty(u => u.EmailConfirmed, false), ct);
        }
        var link = BaseUrl(request) + "/account/email/confirm?token=" + activation.CreateToken(userId, email);
        var body = string.Join("\n", localizer["EmailActivationGreeting", userName], "",
            localizer["EmailActivationOpen", (int)EmailActivation.Lifetime.TotalHours], link, "", localizer["EmailActivationIgnore"], "", localizer["ShopName"]);
        await queue.EnqueueEmailAsync(email, localizer["EmailActivationSubject"], body, ct);
        logger.LogInformation("User {UserId} set an e-mail address; activation link queued to {Email}", userId, MessageDispatcher.Mask(email));
        return null;
    }

    /// <summary>Marks the address of a valid token confirmed, if it is still the user's address.</summary>
    public async Task<bool> ConfirmAsync(string? token, CancellationToken ct = default)
    {
        if (activation.ReadToken(token) is not { } read) return false;
        var (userId, email) = read;
        var normalized = users.NormalizeEmail(email);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var confirmed = await db.Users.Where(u => u.Id == userId && u.NormalizedEmail == normalized)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true), ct) == 1;
        if (confirmed) logger.LogInformation("User {UserId} confirmed the e-mail address", userId);
        return confirmed;
    }

    /// <summary>Where links point: <c>Accounts:PublicBaseUrl</c> when set, otherwise this request's origin (its Host passed AllowedHosts).</summary>
    private string BaseUrl(HttpRequest request) =>
        options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
