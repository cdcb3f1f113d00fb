using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>A page of a user's orders in one status tab (all when <see cref="Status"/> is null), with per-tab counts.</summary>
public sealed record OrderHistoryPage(OrderStatus? Status, IReadOnlyList<OrderSummary> Orders, int Page, int PageCount, int Total,
    IReadOnlyDictionary<OrderStatus, int> CountByStatus);
