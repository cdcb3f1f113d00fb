namespace BlazorShop.Features.Orders;

/// <summary>The settlement page's data, and placing an order: one transaction that never oversells.</summary>
public interface ICheckout
{
    /// <summary>The selected cart lines (<paramref name="buyNow"/> null) or one "buy now" line, with current prices.</summary>
    Task<Settlement> GetSettlementAsync(long userId, CheckoutLine? buyNow, CancellationToken ct = default);

    Task<PlaceOrderResult> PlaceOrderAsync(long userId, PlaceOrderRequest request, CancellationToken ct = default);
}
