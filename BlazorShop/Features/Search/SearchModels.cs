using BlazorShop.Features.Catalog;
using BlazorShop.Shared;

namespace BlazorShop.Features.Search;

public sealed record SearchRequest(string? Query, string? Sort = null, int? Page = null, int? PageSize = null,
    int? CategoryId = null, int? BrandId = null, string? Price = null);

public sealed record FacetValue(string Key, string Label, int Count);

public sealed record SearchResult(
    string Query,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyList<SkuCardModel> Items,
    int Total,
    Paging Paging,
    string Sort,
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyList<FacetValue> Brands,
    IReadOnlyList<FacetValue> Prices)
{
    /// <summary>No SKU matched every term: these match the most terms ("没有找到完全匹配的商品，为您推荐…").</summary>
    public bool IsPartial { get; init; }

    /// <summary>When nothing matched: categories the words hit, and the shop's hot sellers.</summary>
    public IReadOnlyList<CategoryLink> SuggestedCategories { get; init; } = [];
    public IReadOnlyList<SkuCardModel> HotSellers { get; init; } = [];

    public static SearchResult Empty(string query, Paging paging, string sort) => new(query, [], [], 0, paging, sort, [], [], []);
}

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

    public static string Label(string key) => All.First(b => b.Key == key) switch
    {
        (_, var min, null) => $"¥{min:0} 以上 / ¥{min:0}+",
        (_, var min, var max) => $"¥{min:0} - ¥{max:0}",
    };
}
