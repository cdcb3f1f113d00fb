using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record OptionView(int Id, string Value, string? ValueEn = null)
{
    public string DisplayValue => CatalogText.Pick(Value, ValueEn);
}
