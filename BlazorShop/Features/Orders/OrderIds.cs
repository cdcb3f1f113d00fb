using System.Globalization;
using BlazorShop.Infrastructure.Localization;

namespace BlazorShop.Features.Orders;

/// <summary>Order ids: <c>yyyyMMddHHmmss</c> in China time followed by the user id zero-padded to 9 digits.</summary>
public static class OrderIds
{
    private const string StampFormat = "yyyyMMddHHmmss";
    public const int MaxLength = 23;

    /// <summary>
    /// The id for an order placed at <paramref name="nowUtc"/>; when the user's latest order already has this second
    /// (or a later one: a burst), the next free second after it, so a user's ids stay unique and ascending.
    /// </summary>
    public static string Next(long userId, DateTime nowUtc, string? lastIdOfUser)
    {
        var stamp = Display.ToChinaTime(nowUtc);
        stamp = new DateTime(stamp.Year, stamp.Month, stamp.Day, stamp.Hour, stamp.Minute, stamp.Second, DateTimeKind.Unspecified);
        if (lastIdOfUser is { Length: >= 14 } last
            && DateTime.TryParseExact(last.AsSpan(0, 14), StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastStamp)
            && lastStamp >= stamp)
            stamp = lastStamp.AddSeconds(1);
        return stamp.ToString(StampFormat, CultureInfo.InvariantCulture) + userId.ToString("D9", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an order id (cheap check before any query).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: >= 23 and <= MaxLength } && id.All(char.IsAsciiDigit);
}
