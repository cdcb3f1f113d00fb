namespace BlazorShop.Features.Payments;

/// <summary>Paid: this call moved the order to "to ship"; AlreadyPaid: a duplicate; FlaggedForRefund: the money came for an
/// order that can no longer take it (cancelled by expiry); Rejected: not ours, not Alipay, or another amount.</summary>
public enum SettleOutcome { Paid = 1, AlreadyPaid = 2, FlaggedForRefund = 3, Rejected = 4 }
