namespace BlazorShop.Features.Orders;

/// <summary>A line on the settlement page, with the SKU's current price and stock.</summary>
public sealed record SettlementLine(long SkuId, string Name, string? Image, string Specs, decimal Price, int Count, int Stock, bool IsLaunched)
{
    public decimal Subtotal => Price * Count;
    public bool CanBeHad => IsLaunched && Stock >= Count;
}
