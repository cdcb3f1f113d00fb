using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

/// <summary>One navigation group: its level-1 channels and their level-2 (with level-3) categories.</summary>
public sealed record ChannelGroupMenu(string Name, IReadOnlyList<CategoryLink> Channels, IReadOnlyList<SubCategory> SubCategories, string? NameEn = null)
{
    public string DisplayName => CatalogText.Pick(Name, NameEn);
}
