using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>One step of the status timeline on the order page.</summary>
public sealed record OrderTimelineStep(OrderStatus To, string Reason, DateTime At);
