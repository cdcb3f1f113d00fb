using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record SpecView(int Id, string Name, IReadOnlyList<OptionView> Options, string? NameEn = null)
{
    public string DisplayName => CatalogText.Pick(Name, NameEn);
}
