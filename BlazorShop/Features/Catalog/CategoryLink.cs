using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

/// <summary>A link to a category page; <see cref="DisplayName"/> is its name in the shopper's language. A channel may
/// carry its own link (<see cref="Url"/>, set in the back office); otherwise it leads to the category's list.</summary>
public sealed record CategoryLink(int Id, string Name, string? NameEn = null, string? Url = null)
{
    public string DisplayName => CatalogText.Pick(Name, NameEn);

    public string Href => string.IsNullOrEmpty(Url) ? $"/list/{Id}" : Url;
}
