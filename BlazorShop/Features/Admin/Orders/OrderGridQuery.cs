using BlazorShop.Domain;

namespace BlazorShop.Features.Admin.Orders;

/// <summary>
/// The order grid's filters (status; China calendar days From..To inclusive; user name, mobile or id; part of the order
/// id), sort (id, created, amount, status; default newest first) and page.
/// </summary>
public sealed record OrderGridQuery(
    int Skip = 0, int Take = 20, OrderStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    string? User = null, string? OrderId = null, string? Sort = null, bool Descending = true);
