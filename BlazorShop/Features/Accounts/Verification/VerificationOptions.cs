using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>SMS codes (section <c>Accounts:Verification</c>): how long, how often, how many. The defaults are the shop's rules.</summary>
public sealed class VerificationOptions
{
    public const string Section = "Accounts:Verification";

    /// <summary>A code is valid this long.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong codes tried before a code is dead.</summary>
    [Range(1, 20)]
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>At most one code per mobile number per this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PerMobileInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>At most this many codes per client address per <see cref="PerClientWindow"/>.</summary>
    [Range(1, int.MaxValue)]
    public int PerClientLimit { get; set; } = 10;

    /// <summary>At most a day (finished windows are swept after a day).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PerClientWindow { get; set; } = TimeSpan.FromHours(1);
}
