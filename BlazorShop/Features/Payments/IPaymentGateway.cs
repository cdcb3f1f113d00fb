using Microsoft.Extensions.Primitives;

namespace BlazorShop.Features.Payments;

/// <summary>
/// The payment gateway: Alipay page pay (the real gateway, or the built-in simulator that speaks the same wire
/// protocol; <c>Payment:Provider</c>). Requests are signed with the app's private key, answers and callbacks verified
/// with the gateway's public key.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Simulator or Alipay.</summary>
    string Name { get; }
    string AppId { get; }
    /// <summary>When set, notifies must name this seller.</summary>
    string? SellerId { get; }

    /// <summary>The signed <c>alipay.trade.page.pay</c> request the browser takes to the gateway.</summary>
    PagePayForm CreatePagePay(PagePayOrder order);

    /// <summary>Checks the signature of notify or return parameters (form-decoded once; a repeated key is invalid).</summary>
    CallbackCheck VerifyCallback(IEnumerable<KeyValuePair<string, StringValues>> parameters);

    Task<TradeQuery> QueryAsync(string outTradeNo, CancellationToken ct = default);

    /// <summary>A refund; <paramref name="requestNo"/> is the idempotency key (<c>out_request_no</c>).</summary>
    Task<GatewayResult> RefundAsync(string outTradeNo, decimal amount, string requestNo, string reason, CancellationToken ct = default);

    Task<GatewayResult> CloseAsync(string outTradeNo, CancellationToken ct = default);
}
