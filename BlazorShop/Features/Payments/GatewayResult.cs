namespace BlazorShop.Features.Payments;

/// <summary>A verified answer to a refund or a close: succeeded, or why not (code/sub-code, or "no trustworthy answer").</summary>
public sealed record GatewayResult(bool Succeeded, string? Error = null);
