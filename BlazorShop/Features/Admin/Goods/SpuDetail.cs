namespace BlazorShop.Features.Admin.Goods;

public sealed record SpuDetail(long Id, string Name, int BrandId, int Category3Id, string Description, string AfterSale, IReadOnlyList<SpecDetail> Specs, IReadOnlyList<SkuBrief> Skus,
    string? NameEn = null, string? DescriptionEn = null, string? AfterSaleEn = null);
