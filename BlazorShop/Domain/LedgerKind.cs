namespace BlazorShop.Domain;

public enum LedgerKind { Recharge = 1, OrderPayment = 2, Refund = 3, Adjustment = 4 }
