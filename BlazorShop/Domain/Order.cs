namespace BlazorShop.Domain;

public class Order
{
    public const decimal FlatFreight = 10m;

    /// <summary>yyyyMMddHHmmss (China time) + user id zero-padded to 9 digits.</summary>
    public required string Id { get; set; }
    public long UserId { get; set; }
    // Address snapshot: later edits of the address book must not rewrite history.
    public required string Receiver { get; set; }
    public required string Province { get; set; }
    public required string City { get; set; }
    public required string District { get; set; }
    public required string Place { get; set; }
    public required string Mobile { get; set; }
    public int TotalCount { get; set; }
    public decimal TotalAmount { get; set; }
    public decimal Freight { get; set; }
    public PayMethod PayMethod { get; set; }
    /// <summary>The settlement page's submission token (a GUID): a double submission finds this order instead of placing another.</summary>
    public string? CheckoutToken { get; set; }
    public OrderStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PaidAt { get; set; }
    public DateTime? ShippedAt { get; set; }
    public DateTime? ReceivedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    /// <summary>When an unpaid order is cancelled by expiry (UTC); null once paid or for pay-on-delivery orders.</summary>
    public DateTime? ExpiresAt { get; set; }
    public int RowVersion { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderStatusChange> History { get; set; } = [];
}
