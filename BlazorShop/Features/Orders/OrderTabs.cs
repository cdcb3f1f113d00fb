using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>The order history's tabs: their query values (<c>?status=to-ship</c>) and statuses.</summary>
public static class OrderTabs
{
    public static readonly IReadOnlyList<(string Key, OrderStatus Status)> All =
    [
        ("unpaid", OrderStatus.Unpaid), ("to-ship", OrderStatus.ToShip), ("to-receive", OrderStatus.ToReceive),
        ("to-review", OrderStatus.ToReview), ("finished", OrderStatus.Finished), ("cancelled", OrderStatus.Cancelled),
    ];

    public static OrderStatus? StatusOf(string? key) =>
        All.FirstOrDefault(t => t.Key == key) is { Key: not null } tab ? tab.Status : null;

    public static string KeyOf(OrderStatus status) => All.First(t => t.Status == status).Key;
}
