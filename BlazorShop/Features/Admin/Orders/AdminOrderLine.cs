namespace BlazorShop.Features.Admin.Orders;

public sealed record AdminOrderLine(long SkuId, string SkuName, int Count, decimal Price, int? Score, string? Comment);
