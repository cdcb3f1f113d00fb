using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>A user's own orders; another user's order id is not found.</summary>
public interface IOrderQueries
{
    Task<OrderHistoryPage> GetHistoryAsync(long userId, OrderStatus? status, int page, CancellationToken ct = default);

    Task<OrderDetail?> GetAsync(long userId, string orderId, CancellationToken ct = default);
}
