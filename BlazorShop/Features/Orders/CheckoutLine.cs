namespace BlazorShop.Features.Orders;

/// <summary>One SKU and how many of it a shopper wants to order (prices are never taken from the client).</summary>
public sealed record CheckoutLine(long SkuId, int Count);
