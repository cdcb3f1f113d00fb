using System.Globalization;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>Alipay's timestamps: "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8), whatever the server's own zone.</summary>
public static class BeijingTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string ToText(DateTimeOffset instant) => instant.ToOffset(Offset).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A UTC <see cref="DateTime"/> (as stored) in Alipay's format.</summary>
    public static string ToText(DateTime utc) => ToText(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static DateTime? ToUtc(string? text) =>
        DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset).UtcDateTime
            : null;
}
