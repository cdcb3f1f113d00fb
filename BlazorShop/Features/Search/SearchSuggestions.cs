using BlazorShop.Features.Catalog;

namespace BlazorShop.Features.Search;

/// <summary>What the header search box offers while the shopper types: products, categories, brands.</summary>
public sealed record SearchSuggestions(IReadOnlyList<SuggestedProduct> Products, IReadOnlyList<CategoryLink> Categories, IReadOnlyList<SuggestedBrand> Brands)
{
    public static readonly SearchSuggestions None = new([], [], []);
    public bool IsEmpty => Products.Count == 0 && Categories.Count == 0 && Brands.Count == 0;
}
