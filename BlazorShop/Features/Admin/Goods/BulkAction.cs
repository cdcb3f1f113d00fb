namespace BlazorShop.Features.Admin.Goods;

/// <summary>A bulk change of the selected SKUs: launch/withdraw, price by ±% or ±amount, stock set to a value.</summary>
public sealed record BulkAction(BulkKind Kind, decimal Value = 0);
