namespace BlazorShop.Features.Admin.Orders;

/// <summary>Ship/cancel: done; the order was not in a status that allows it (or someone else moved it first); not found;
/// a paid order whose payment can't be refunded here (Alipay, until the payment issue provides <see cref="IOrderRefunds"/>).</summary>
public enum AdminOrderOutcome { Done, WrongStatus, NotFound, RefundUnavailable }
