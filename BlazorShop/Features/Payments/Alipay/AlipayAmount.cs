using System.Globalization;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>Amounts on the wire: yuan, two decimals, invariant culture ("88.88").</summary>
public static class AlipayAmount
{
    public static string ToText(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A wire amount, exactly: digits with at most two decimals, no sign, no exponent, no group separators.</summary>
    public static decimal? Parse(string? text) =>
        text is { Length: > 0 and <= 16 }
        && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && decimal.Round(value, 2) == value
            ? value
            : null;
}
