using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>Everything the order page shows to its owner.</summary>
public sealed record OrderDetail(
    string Id, long UserId, OrderStatus Status, PayMethod PayMethod, DateTime CreatedAt, DateTime? PaidAt, DateTime? ExpiresAt,
    string Receiver, string Mobile, string Address, int TotalCount, decimal Freight, decimal TotalAmount,
    IReadOnlyList<OrderLineView> Lines, IReadOnlyList<OrderTimelineStep> Timeline)
{
    public decimal GoodsAmount => TotalAmount - Freight;
    public bool CanPay => Status == OrderStatus.Unpaid && PayMethod == PayMethod.Alipay;
    public bool CanCancel => Status == OrderStatus.Unpaid;
    public bool CanConfirmReceipt => Status == OrderStatus.ToReceive;
    public bool CanReview => Status == OrderStatus.ToReview;
    public bool HasInvoice => Status is not (OrderStatus.Unpaid or OrderStatus.Cancelled);
}
