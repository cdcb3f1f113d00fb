namespace BlazorShop.Features.Admin.Orders;

public sealed record AdminPayment(string TradeNo, decimal Amount, DateTime CreatedAt);
