namespace BlazorShop.Domain;

/// <summary>One step of an order's status timeline (order detail, admin history).</summary>
public class OrderStatusChange
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    /// <summary>Null for the order's creation.</summary>
    public OrderStatus? From { get; set; }
    public OrderStatus To { get; set; }
    /// <summary>Why: a resource key such as "OrderEvent_Paid" or a short admin note.</summary>
    public string Reason { get; set; } = "";
    /// <summary>Who made the change (a user id), null for the system (expiry, payment notify).</summary>
    public long? ActorId { get; set; }
    public DateTime At { get; set; }
}
