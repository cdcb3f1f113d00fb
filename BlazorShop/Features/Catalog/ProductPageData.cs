using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

/// <summary>The product page: the product, its review summary and newest reviews, hot sellers of its category.</summary>
public sealed record ProductPageData(ProductDetail Product, ReviewSummary ReviewSummary, IReadOnlyList<ReviewView> Reviews, IReadOnlyList<SkuCardModel> HotSellers);
