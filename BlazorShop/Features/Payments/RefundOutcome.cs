namespace BlazorShop.Features.Payments;

/// <summary>Refunded: the money went back by this call; AlreadyRefunded: an earlier call did (nothing happened now);
/// NotRefundable: unpaid, shipped, cash on delivery…; NotFound; GatewayFailed: recorded, the gateway said no or didn't answer — retry.</summary>
public enum RefundOutcome { Refunded = 1, AlreadyRefunded = 2, NotRefundable = 3, NotFound = 4, GatewayFailed = 5 }
