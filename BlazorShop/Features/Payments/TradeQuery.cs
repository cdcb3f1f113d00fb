namespace BlazorShop.Features.Payments;

/// <summary>A verified answer to <c>alipay.trade.query</c>.</summary>
public sealed record TradeQuery(TradeQueryOutcome Outcome, string? TradeStatus = null, string? TradeNo = null, decimal? Amount = null, string? Error = null);
