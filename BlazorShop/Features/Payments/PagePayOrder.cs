namespace BlazorShop.Features.Payments;

/// <summary>What the gateway is asked to collect: our trade number (the order id), amount, subject, deadline, callbacks.</summary>
public sealed record PagePayOrder(string OutTradeNo, decimal Amount, string Subject, DateTime? ExpiresAtUtc, string NotifyUrl, string ReturnUrl);
