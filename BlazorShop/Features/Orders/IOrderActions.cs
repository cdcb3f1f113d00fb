namespace BlazorShop.Features.Orders;

/// <summary>What a shopper does with their own orders. Every method takes the signed-in user's id: another user's
/// order is simply not found.</summary>
public interface IOrderActions
{
    /// <summary>Cancels an unpaid order and returns its stock (the same as expiry).</summary>
    Task<OrderActionOutcome> CancelAsync(long userId, string orderId, CancellationToken ct = default);

    /// <summary>To receive → to review.</summary>
    Task<OrderActionOutcome> ConfirmReceiptAsync(long userId, string orderId, CancellationToken ct = default);

    /// <summary>Reviews lines of an order "to review"; once every line is reviewed the order is finished.</summary>
    Task<OrderActionOutcome> ReviewAsync(long userId, string orderId, IReadOnlyList<LineReview> reviews, CancellationToken ct = default);
}
