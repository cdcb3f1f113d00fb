using BlazorShop.Shared;

namespace BlazorShop.Features.Orders;

/// <summary>A line on the settlement page, with the SKU's current price and stock. <see cref="Name"/> (Chinese) is what
/// the order line keeps as bought; <see cref="DisplayName"/> is what the shopper reads.</summary>
public sealed record SettlementLine(long SkuId, string Name, string? Image, string Specs, decimal Price, int Count, int Stock, bool IsLaunched)
{
    /// <summary>The product the SKU belongs to (its sales follow the SKU's).</summary>
    public long SpuId { get; init; }
    public string? NameEn { get; init; }
    public string DisplayName => CatalogText.Pick(Name, NameEn);
    public decimal Subtotal => Price * Count;
    public bool CanBeHad => IsLaunched && Stock >= Count;
}
