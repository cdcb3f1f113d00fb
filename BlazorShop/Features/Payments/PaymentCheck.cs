namespace BlazorShop.Features.Payments;

/// <summary>What asking the gateway about an order found. Paid (now or before), FlaggedForRefund (paid after a cancel),
/// Closed (the gateway closed it: cancelled), Waiting (not paid yet), Failed (no trustworthy answer), NotFound.</summary>
public enum PaymentCheck { Paid = 1, FlaggedForRefund = 2, Closed = 3, Waiting = 4, Failed = 5, NotFound = 6 }
