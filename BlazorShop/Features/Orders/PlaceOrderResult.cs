namespace BlazorShop.Features.Orders;

/// <summary>The outcome of placing an order; for a line that can't be had, which SKU and how many are left.</summary>
public sealed record PlaceOrderResult(PlaceOrderOutcome Outcome, string? OrderId = null, long? SkuId = null, string? SkuName = null, int? Left = null)
{
    public bool Succeeded => Outcome is PlaceOrderOutcome.Placed or PlaceOrderOutcome.AlreadyPlaced;
}
