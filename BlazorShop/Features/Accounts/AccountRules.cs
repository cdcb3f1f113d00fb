using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace BlazorShop.Features.Accounts;

/// <summary>The shapes of what a shopper types into the account forms (checked on the server; the browser's checks are only a help).</summary>
public static partial class AccountRules
{
    public const int UserNameMin = 5, UserNameMax = 20, PasswordMin = 8, PasswordMax = 20, EmailMax = 254;

    /// <summary>5–20 letters, digits, _ or -, and not digits only (an all-digit name could be someone's mobile, which also signs in).</summary>
    public static bool IsUserName([NotNullWhen(true)] string? value) =>
        value is not null && UserName().IsMatch(value) && !value.All(char.IsAsciiDigit);

    /// <summary>A mainland mobile number: 11 digits starting 13–19.</summary>
    public static bool IsMobile([NotNullWhen(true)] string? value) => value is not null && Mobile().IsMatch(value);

    public static bool IsPasswordLength([NotNullWhen(true)] string? value) => value is { Length: >= PasswordMin and <= PasswordMax };

    public static bool IsSmsCode([NotNullWhen(true)] string? value) => value is { Length: 6 } && value.All(char.IsAsciiDigit);

    public static bool IsEmail([NotNullWhen(true)] string? value) =>
        value is { Length: > 0 and <= EmailMax } && System.Net.Mail.MailAddress.TryCreate(value, out var parsed)
        && parsed.Address == value && Email().IsMatch(value);

    // \z, not $: "$" also matches before a final newline.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{5,20}\z")]
    private static partial Regex UserName();

    [GeneratedRegex(@"^1[3-9][0-9]{9}\z")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^[^\s@<>()\[\]\\,;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\z")]
    private static partial Regex Email();
}
