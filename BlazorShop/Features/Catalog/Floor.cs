using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record Floor(CategoryLink Category, IReadOnlyList<CategoryLink> SubCategories, IReadOnlyList<SkuCardModel> Items);
