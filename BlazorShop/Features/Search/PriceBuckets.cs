using Microsoft.Extensions.Localization;
namespace BlazorShop.Features.Search;

/// <summary>Price facet buckets in yuan: key "min-max" (max exclusive, empty = open).</summary>
public static class PriceBuckets
{
    public static readonly (string Key, decimal Min, decimal? Max)[] All =
    [
        ("0-100", 0, 100), ("100-500", 100, 500), ("500-1000", 500, 1000), ("1000-3000", 1000, 3000),
        ("3000-6000", 3000, 6000), ("6000-", 6000, null),
    ];

    /// <summary>The bucket a price falls in (index into <see cref="All"/>).</summary>
    public static int IndexOfPrice(decimal price)
    {
        for (var i = All.Length - 1; i > 0; i--)
            if (price >= All[i].Min) return i;
        return 0;
    }

    public static (decimal Min, decimal? Max)? Parse(string? key) =>
        All.FirstOrDefault(b => b.Key == key) is { Key: not null } b ? (b.Min, b.Max) : null;

    public static string Label(string key, IStringLocalizer text) => All.First(b => b.Key == key) switch
    {
        (_, var min, null) => text["PriceFrom", min.ToString("0", System.Globalization.CultureInfo.InvariantCulture)],
        (_, var min, var max) => $"¥{min:0} - ¥{max:0}",
    };
}
