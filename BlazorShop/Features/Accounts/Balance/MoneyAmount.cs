using System.Globalization;
using System.Text.RegularExpressions;

namespace BlazorShop.Features.Accounts.Balance;

/// <summary>Parses an amount a shopper typed: ASCII digits with at most 2 decimals, above 0, at most a maximum.</summary>
public static partial class MoneyAmount
{
    /// <summary>The amount, or null with the resource key of the problem.</summary>
    public static (decimal? Amount, string? ErrorKey) Parse(string? text, decimal max)
    {
        var s = text?.Trim() ?? "";
        if (s.Length == 0) return (null, "AmountRequired");
        if (!Shape().IsMatch(s)) return (null, "AmountInvalid");
        var amount = decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (amount <= 0) return (null, "AmountPositive");
        if (amount > max) return (null, "AmountTooLarge");
        return (amount, null);
    }

    /// <summary>True when a decimal has at most 2 places and is above 0 (for callers that pass decimals).</summary>
    public static bool IsValidYuan(decimal amount) => amount > 0 && decimal.Round(amount, 2) == amount;

    [GeneratedRegex(@"^[0-9]{1,10}(\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
