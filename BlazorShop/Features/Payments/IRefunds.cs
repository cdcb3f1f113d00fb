namespace BlazorShop.Features.Payments;

/// <summary>The back office's refund of a paid order that hasn't shipped (or of a payment flagged for refund).</summary>
public interface IRefunds
{
    /// <summary>
    /// Cancels the order (to ship → cancelled), returns its stock and records the refund, then gives the money back:
    /// Alipay with <c>alipay.trade.refund</c> under an idempotency key fixed per order (a retry never refunds twice),
    /// balance payments to the balance in the same transaction. Safe to call again after a failure or concurrently.
    /// </summary>
    Task<RefundOutcome> RefundAsync(string orderId, long? actorId, string reason, CancellationToken ct = default);
}
