namespace BlazorShop.Features.Accounts.Verification;

/// <summary><c>Accounts:Verification</c>: how SMS codes are limited. The defaults are the shop's rules.</summary>
public sealed class VerificationOptions
{
    public const string Section = "Accounts:Verification";

    /// <summary>A code is valid this long.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Wrong codes tried before a code is dead.</summary>
    public int MaxCodeAttempts { get; set; } = 5;
    /// <summary>At most one code per mobile number per this interval.</summary>
    public TimeSpan PerMobileInterval { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>At most this many codes per client address per <see cref="PerClientWindow"/>.</summary>
    public int PerClientLimit { get; set; } = 10;
    public TimeSpan PerClientWindow { get; set; } = TimeSpan.FromHours(1);

    public bool IsValid() =>
        CodeLifetime > TimeSpan.Zero && MaxCodeAttempts >= 1 && PerMobileInterval >= TimeSpan.Zero
        && PerClientLimit >= 1 && PerClientWindow > TimeSpan.Zero && PerClientWindow <= TimeSpan.FromDays(1);
}
