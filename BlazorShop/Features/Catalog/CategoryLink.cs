using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

/// <summary>A link to a category page; <see cref="DisplayName"/> is its name in the shopper's language.</summary>
public sealed record CategoryLink(int Id, string Name, string? NameEn = null)
{
    public string DisplayName => CatalogText.Pick(Name, NameEn);
}
