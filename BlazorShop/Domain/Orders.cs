namespace BlazorShop.Domain;

public enum PayMethod { CashOnDelivery = 1, Alipay = 2, Balance = 3 }

public enum OrderStatus { Unpaid = 1, ToShip = 2, ToReceive = 3, ToReview = 4, Finished = 5, Cancelled = 6 }

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
    public OrderStatus Status { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? PaidAt { get; set; }
    public DateTime? ShippedAt { get; set; }
    public DateTime? ReceivedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public int RowVersion { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
}

public class OrderLine
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    public long SkuId { get; set; }
    public Sku? Sku { get; set; }
    public required string SkuName { get; set; }
    public string? Image { get; set; }
    public int Count { get; set; }
    /// <summary>Unit price copied at order time.</summary>
    public decimal Price { get; set; }
    public int? Score { get; set; }
    public string? Comment { get; set; }
    public bool IsAnonymous { get; set; }
    public bool IsCommented { get; set; }
    public DateTime? CommentedAt { get; set; }
}

public class Payment
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    /// <summary>Alipay's trade number; unique so a repeated notify cannot pay twice.</summary>
    public required string TradeNo { get; set; }
    public decimal Amount { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>Server-side cart line for signed-in users when Redis is not configured.</summary>
public class CartItem
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public long SkuId { get; set; }
    public int Count { get; set; }
    public bool Selected { get; set; } = true;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>ASP.NET Core Data Protection key ring, shared by every app instance.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string? Xml { get; set; }
}
