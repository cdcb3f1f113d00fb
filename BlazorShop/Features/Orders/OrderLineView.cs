namespace BlazorShop.Features.Orders;

/// <summary>An order line as ordered (name and price copied then), with its review if any.</summary>
public sealed record OrderLineView(long Id, long SkuId, string Name, string? Image, decimal Price, int Count,
    bool IsReviewed, int? Score, string? Comment, bool IsAnonymous)
{
    public decimal Subtotal => Price * Count;
}
