namespace BlazorShop.Features.Admin.Goods;

public sealed record SkuGridResult(IReadOnlyList<SkuGridRow> Rows, int Total);
