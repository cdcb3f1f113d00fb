namespace BlazorShop.Features.Admin.Orders;

/// <summary>An order as the back office sees it: the row, the address snapshot, lines, payments and status history.</summary>
public sealed record AdminOrderDetail(OrderGridRow Order, string Address, DateTime? PaidAt, DateTime? ShippedAt,
    IReadOnlyList<AdminOrderLine> Lines, IReadOnlyList<AdminPayment> Payments, IReadOnlyList<AdminStatusStep> History);
