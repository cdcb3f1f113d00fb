using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>One order in the history list.</summary>
public sealed record OrderSummary(string Id, DateTime CreatedAt, OrderStatus Status, PayMethod PayMethod, decimal TotalAmount,
    int TotalCount, DateTime? ExpiresAt, IReadOnlyList<OrderLineView> Lines);
