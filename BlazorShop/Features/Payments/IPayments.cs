using BlazorShop.Domain;

namespace BlazorShop.Features.Payments;

/// <summary>Paying an order online: the shopper's pay page and return page, and the admin's "check with the gateway now".</summary>
public interface IPayments
{
    /// <summary>The signed page-pay request for the shopper's unpaid Alipay order (callbacks under <paramref name="origin"/>).</summary>
    Task<PayStart> StartAsync(long userId, string orderId, string origin, CancellationToken ct = default);

    /// <summary>The status of the shopper's own order; null for another user's or an unknown one.</summary>
    Task<OrderStatus?> StatusAsync(long userId, string orderId, CancellationToken ct = default);

    /// <summary>The return page found no notify: ask the gateway about the shopper's own order (never pays without its word).</summary>
    Task<PaymentCheck> ConfirmAsync(long userId, string orderId, CancellationToken ct = default);

    /// <summary>Asks the gateway about any Alipay order and settles or closes it (reconciliation; an admin's button).</summary>
    Task<PaymentCheck> CheckNowAsync(string orderId, CancellationToken ct = default);
}
