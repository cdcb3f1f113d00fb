using System.Globalization;
using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>
/// The settlement form as posted: everything is text and parsed here (a tampered field is refused, never a 500).
/// <see cref="Lines"/> is <c>skuId:count</c> pairs separated by commas — exactly the lines the shopper saw.
/// </summary>
public sealed class CheckoutForm
{
    public string? AddressId { get; set; }
    public string? PayMethod { get; set; }
    public string? Lines { get; set; }
    public string? ExpectedTotal { get; set; }
    public string? Source { get; set; }
    public string? Token { get; set; }

    public static string FormatLines(IEnumerable<SettlementLine> lines) =>
        string.Join(',', lines.Select(l => $"{l.SkuId.ToString(CultureInfo.InvariantCulture)}:{l.Count.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The request, or null when a field is malformed (too many lines, not numbers, unknown pay method).</summary>
    public PlaceOrderRequest? ToRequest(int maxLines)
    {
        var parts = (Lines ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > maxLines) return null;
        var lines = new List<CheckoutLine>(parts.Length);
        foreach (var part in parts)
        {
            var pair = part.Split(':');
            if (pair.Length != 2
                || !long.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sku)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return null;
            lines.Add(new CheckoutLine(sku, count));
        }
        if (!long.TryParse(AddressId, NumberStyles.None, CultureInfo.InvariantCulture, out var address)) address = 0;
        if (!Enum.TryParse<PayMethod>(PayMethod, ignoreCase: false, out var pay) || !Enum.IsDefined(pay) || int.TryParse(PayMethod, out _))
            return null;
        decimal? expected = decimal.TryParse(ExpectedTotal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t) ? t : null;
        var source = Source == nameof(CheckoutSource.BuyNow) ? CheckoutSource.BuyNow : CheckoutSource.Cart;
        return new PlaceOrderRequest(lines, address, pay, expected, source, Token);
    }
}
