using System.Security.Cryptography;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// Image captchas kept in the database (every instance sees them): created with a random id and 4 random characters,
/// drawn on request, valid <see cref="Lifetime"/>, and checked at most once — the check deletes the row whether the
/// answer was right or wrong, in one statement, so a captcha can never be guessed twice or used by two requests.
/// </summary>
public sealed class CaptchaStore(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int Length = 4;

    public async Task<string> CreateAsync(CancellationToken ct = default)
    {
        var captcha = new Captcha
        {
            Id = RandomNumberGenerator.GetHexString(32, lowercase: true),
            Answer = RandomNumberGenerator.GetString(CaptchaFont.Alphabet, Length),
            ExpiresAt = time.GetUtcNow().UtcDateTime + Lifetime,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Captchas.Add(captcha);
        await db.SaveChangesAsync(ct);
        return captcha.Id;
    }

    /// <summary>The PNG of a live captcha, or null when the id is unknown, used or expired.</summary>
    public async Task<byte[]?> ImageAsync(string id, CancellationToken ct = default)
    {
        if (!IsWellFormed(id)) return null;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var answer = await db.Captchas.Where(c => c.Id == id && c.ExpiresAt > now).Select(c => c.Answer).FirstOrDefaultAsync(ct);
        return answer is null ? null : CaptchaImage.Png(answer);
    }

    /// <summary>True when the answer matches a live captcha (case and surrounding spaces ignored). The captcha is gone afterwards either way.</summary>
    public async Task<bool> CheckAsync(string? id, string? answer, CancellationToken ct = default)
    {
        if (!IsWellFormed(id)) return false;
        var given = (answer ?? "").Trim().ToUpperInvariant();
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var passed = given.Length == Length
            && await db.Captchas.Where(c => c.Id == id && c.Answer == given && c.ExpiresAt > now).ExecuteDeleteAsync(ct) == 1;
        if (!passed) await db.Captchas.Where(c => c.Id == id).ExecuteDeleteAsync(ct);
        return passed;
    }

    public static bool IsWellFormed(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
