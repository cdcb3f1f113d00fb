using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Features.Admin.Orders;

/// <summary>The default <see cref="IOrderRefunds"/>: no gateway refunds yet (an Alipay-paid order can't be cancelled here).</summary>
public sealed class NoGatewayRefunds : IOrderRefunds
{
    public Task<bool> RefundAsync(ShopDbContext db, string orderId, decimal amount, long adminId, CancellationToken ct = default) => Task.FromResult(false);
}
