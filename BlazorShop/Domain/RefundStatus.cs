namespace BlazorShop.Domain;

/// <summary>Pending: recorded, the money not yet confirmed back; Done: refunded; Failed: the gateway refused (retry with the same key).</summary>
public enum RefundStatus { Pending = 1, Done = 2, Failed = 3 }
