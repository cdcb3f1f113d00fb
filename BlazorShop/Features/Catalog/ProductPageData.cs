using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record ProductPageData(ProductDetail Product, IReadOnlyList<ReviewView> Reviews, IReadOnlyList<SkuCardModel> HotSellers);
