using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed record HomePageData(
    IReadOnlyList<ContentItem> Slides, IReadOnlyList<ContentItem> News, IReadOnlyList<ContentItem> HeaderAds,
    IReadOnlyList<SkuCardModel> HotSellers, IReadOnlyList<Floor> Floors);
