using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace BlazorShop.Features.Accounts.Email;

/// <summary>
/// The token of an e-mail activation link: user id, address and expiry, encrypted and signed with Data Protection
/// (the key ring every instance shares), valid <see cref="Lifetime"/> by the injected clock. A changed character,
/// a token for another purpose or an expired one reads as null. The link does not depend on the security stamp, so
/// logging out does not kill it; setting another address does (the confirm step checks the address is still the user's).
/// </summary>
public sealed class EmailActivation(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly IDataProtector _protector = dataProtection.CreateProtector("BlazorShop.Accounts.EmailActivation.v1");

    public string CreateToken(long userId, string email)
    {
        var expires = (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        var payload = string.Join('\n', userId.ToString(CultureInfo.InvariantCulture), expires.ToString(CultureInfo.InvariantCulture), email);
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>The user and address the token was made for, or null when it is not a valid, unexpired token of ours.</summary>
    public (long UserId, string Email)? ReadToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000) return null;
        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = payload.Split('\n', 3);
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            return null;
        return time.GetUtcNow().ToUnixTimeSeconds() < expires ? (userId, parts[2]) : null;
    }
}
