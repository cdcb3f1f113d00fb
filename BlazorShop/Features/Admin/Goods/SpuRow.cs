namespace BlazorShop.Features.Admin.Goods;

public sealed record SpuRow(long Id, string Name, string BrandName, string CategoryName, int SkuCount);
