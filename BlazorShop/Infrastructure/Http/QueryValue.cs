using System.Globalization;
using System.Text;

namespace BlazorShop.Infrastructure.Http;

/// <summary>
/// The one place where request parameters (query strings, form fields) are parsed, bounded and defaulted.
/// Pages take query parameters as raw strings (<c>[SupplyParameterFromQuery] string?</c>) and read them through
/// these methods: a malformed value (page=abc, size=2147483648, cat=1e309, full-width digits ５, control characters,
/// repeated keys …) becomes null — "not given" — so the page shows its default instead of an error page, and
/// nothing is logged for it. Never throws.
/// </summary>
public static class QueryValue
{
    /// <summary>Longest text accepted from a query parameter; longer input is cut (not refused).</summary>
    public const int DefaultMaxTextLength = 200;

    /// <summary>A whole number in [min, max] written with ASCII digits only (an optional leading '-' when min &lt; 0);
    /// anything else — including values out of range — is null.</summary>
    public static int? Int(string? raw, int min = 1, int max = int.MaxValue) =>
        Long(raw, min, max) is { } value ? (int)value : null;

    /// <summary>As <see cref="Int"/>, for 64-bit ids.</summary>
    public static long? Long(string? raw, long min = 1, long max = long.MaxValue)
    {
        if (raw is null) return null;
        var s = raw.AsSpan().Trim(' ');
        // 19 digits + sign is the longest long; anything longer is not a number we want to look at.
        if (s.Length is 0 or > 20) return null;
        var negative = s[0] == '-';
        var digits = negative ? s[1..] : s;
        if (digits.Length == 0 || (negative && min >= 0)) return null;
        foreach (var c in digits)
            if (c is < '0' or > '9') return null; // ASCII only: no '+', '1e3', '٣', '５', separators or spaces inside
        if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return null;
        return value >= min && value <= max ? value : null;
    }

    /// <summary>Free text (a search query): control and format characters dropped, whitespace collapsed,
    /// cut to <paramref name="maxLength"/>; empty is null.</summary>
    public static string? Text(string? raw, int maxLength = DefaultMaxTextLength)
    {
        if (string.IsNullOrEmpty(raw)) return null;
        var buffer = new System.Text.StringBuilder(Math.Min(raw.Length, maxLength));
        var lastWasSpace = true; // also trims the start
        foreach (var rune in raw.EnumerateRunes())
        {
            if (buffer.Length >= maxLength) break;
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune))
            {
                if (!lastWasSpace) buffer.Append(' ');
                lastWasSpace = true;
                continue;
            }
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) continue;
            if (buffer.Length + rune.Utf16SequenceLength > maxLength) break;
            buffer.Append(rune.ToString());
            lastWasSpace = false;
        }
        var text = buffer.ToString().TrimEnd();
        return text.Length == 0 ? null : text;
    }

    /// <summary>One of the allowed tokens (compared ordinally, ignoring case), returned as spelled in
    /// <paramref name="allowed"/>; anything else is null.</summary>
    public static string? OneOf(string? raw, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrEmpty(raw) || raw.Length > 64) return null;
        var s = raw.Trim();
        foreach (var a in allowed)
            if (string.Equals(a, s, StringComparison.OrdinalIgnoreCase)) return a;
        return null;
    }

    /// <summary>A short token made of ASCII letters, digits and <c>-_.:</c> (keys such as price=100-200); else null.</summary>
    public static string? Token(string? raw, int maxLength = 64)
    {
        if (string.IsNullOrEmpty(raw)) return null;
        var s = raw.Trim();
        if (s.Length == 0 || s.Length > maxLength) return null;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')) return null;
        return s;
    }
}
