using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record SubCategory(int Id, string Name, IReadOnlyList<CategoryLink> Children, string? NameEn = null)
{
    public string DisplayName => CatalogText.Pick(Name, NameEn);
}
