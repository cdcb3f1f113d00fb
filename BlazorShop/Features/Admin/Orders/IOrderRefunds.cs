using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Features.Admin.Orders;

/// <summary>
/// The refund hook for cancelling a paid order in the back office. Balance payments are credited back by the back office
/// itself (<c>IBalanceService</c>, in the cancel's transaction). Gateway payments (Alipay) are refunded by an
/// implementation from the payment feature: <see cref="RefundAsync"/> runs inside the cancel's transaction and returns
/// false to refuse (the cancel is then rolled back). Until one is registered, <see cref="NoGatewayRefunds"/> refuses.
/// </summary>
public interface IOrderRefunds
{
    Task<bool> RefundAsync(ShopDbContext db, string orderId, decimal amount, long adminId, CancellationToken ct = default);
}
