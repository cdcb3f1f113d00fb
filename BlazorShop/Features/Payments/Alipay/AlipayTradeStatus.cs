namespace BlazorShop.Features.Payments.Alipay;

/// <summary>Alipay's <c>trade_status</c> values. Paid = TRADE_SUCCESS (refundable) or TRADE_FINISHED (final).</summary>
public static class AlipayTradeStatus
{
    public const string WaitBuyerPay = "WAIT_BUYER_PAY";
    public const string Success = "TRADE_SUCCESS";
    public const string Finished = "TRADE_FINISHED";
    public const string Closed = "TRADE_CLOSED";

    public static bool IsPaid(string? status) => status is Success or Finished;
}
