using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record CategoryNode(int Id, string Name, int? ParentId, int Level, int Sequence, string? NameEn = null)
{
    public string DisplayName => CatalogText.Pick(Name, NameEn);

    public CategoryLink Link => new(Id, Name, NameEn);
}
