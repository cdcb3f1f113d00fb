namespace BlazorShop.Features.Admin.Goods;

/// <summary>A SKU's gallery as the image editor shows it (images in order).</summary>
public sealed record SkuImagesDetail(long SkuId, long SpuId, string Name, string? DefaultImage, IReadOnlyList<SkuImageRow> Images);
