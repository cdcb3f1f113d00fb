using BlazorShop.Domain;

namespace BlazorShop.Features.Admin.Orders;

public sealed record AdminStatusStep(OrderStatus? From, OrderStatus To, string Reason, long? ActorId, DateTime At);
