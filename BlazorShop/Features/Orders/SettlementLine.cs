namespace BlazorShop.Features.Orders;

/// <summary>A line on the settlement page, with the SKU's current price and stock.</summary>
public sealed record SettlementLine(long SkuId, string Name, string? Image, string Specs, decimal Price, int Count, int Stock, bool IsLaunched)
{
    /// <summary>The product the SKU belongs to (its sales follow the SKU's).</summary>
    public long SpuId { get; init; }
    public decimal Subtotal => Price * Count;
    public bool CanBeHad => IsLaunched && Stock >= Count;
}
