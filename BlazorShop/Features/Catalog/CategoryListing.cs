using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record CategoryListing(CategoryLink Category, Breadcrumb Breadcrumb, IReadOnlyList<SkuCardModel> Items, int Total,
    IReadOnlyList<SkuCardModel> HotSellers, IReadOnlyList<CategoryLink> SubCategories);
