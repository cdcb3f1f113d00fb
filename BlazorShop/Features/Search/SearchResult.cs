using BlazorShop.Features.Catalog;
using BlazorShop.Shared;

namespace BlazorShop.Features.Search;

/// <summary>A results page: the cards, the total, the three facets; partial matches and suggestions when nothing matched every word.</summary>
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
