namespace BlazorShop.Features.Admin.Orders;

/// <summary>Ship/cancel: done; the order was not in a status that allows it (or someone else moved it first); not found;
/// a paid order whose refund could not be made (no payment recorded, or the gateway refused: retry).</summary>
public enum AdminOrderOutcome { Done, WrongStatus, NotFound, RefundUnavailable }
