using System.Security.Cryptography;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// 6-digit codes in the database. Only the newest code of a number and purpose counts; it works once (a conditional
/// UPDATE marks it used, so two requests cannot both use it), until it expires, and dies after
/// <see cref="VerificationOptions.MaxCodeAttempts"/> wrong tries (6 digits are guessable without that).
/// </summary>
public sealed class SmsCodes(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time, IOptions<VerificationOptions> options)
{
    public async Task<string> CreateAsync(SmsPurpose purpose, string mobile, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.SmsCodes.Add(new SmsCode { Mobile = mobile, Purpose = purpose, Code = code, CreatedAt = now, ExpiresAt = now + options.Value.CodeLifetime });
        await db.SaveChangesAsync(ct);
        return code;
    }

    /// <summary>True (and the code is used up) when <paramref name="code"/> is the newest live code sent to the number for this purpose.</summary>
    public async Task<bool> UseAsync(SmsPurpose purpose, string mobile, string? code, CancellationToken ct = default)
    {
        code = code?.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        var maxAttempts = options.Value.MaxCodeAttempts;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var newest = await db.SmsCodes.Where(c => c.Mobile == mobile && c.Purpose == purpose)
            .OrderByDescending(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        if (newest is not { } id) return false;
        if (code is { Length: 6 } && code.All(char.IsAsciiDigit)
            && await db.SmsCodes.Where(c => c.Id == id && c.Code == code && c.UsedAt == null && c.ExpiresAt > now && c.FailedAttempts < maxAttempts)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct) == 1)
            return true;
        await db.SmsCodes.Where(c => c.Id == id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), ct);
        return false;
    }
}
