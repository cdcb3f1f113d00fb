namespace BlazorShop.Features.Payments;

/// <summary>The outcome of "pay this order", with the signed gateway request when ready.</summary>
public sealed record PayStart(PayStartOutcome Outcome, PagePayForm? Form = null);
