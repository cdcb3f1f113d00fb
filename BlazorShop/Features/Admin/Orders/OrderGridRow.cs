using BlazorShop.Domain;

namespace BlazorShop.Features.Admin.Orders;

public sealed record OrderGridRow(string Id, long UserId, string UserName, string Receiver, string Mobile, int TotalCount,
    decimal TotalAmount, decimal Freight, PayMethod PayMethod, OrderStatus Status, DateTime CreatedAt);
