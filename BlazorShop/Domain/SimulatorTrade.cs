namespace BlazorShop.Domain;

/// <summary>
/// A trade of the built-in payment simulator (the stand-in for Alipay in development and tests): what the real
/// gateway keeps on its side. Kept in the database so every instance's simulator answers queries alike.
/// </summary>
public class SimulatorTrade
{
    public required string OutTradeNo { get; set; }
    public required string AppId { get; set; }
    /// <summary>The gateway's 28-digit trade number, set when paid.</summary>
    public string? TradeNo { get; set; }
    public required string Subject { get; set; }
    public decimal TotalAmount { get; set; }
    /// <summary>WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_FINISHED or TRADE_CLOSED.</summary>
    public required string Status { get; set; }
    public string? NotifyUrl { get; set; }
    public string? ReturnUrl { get; set; }
    public DateTime? TimeExpire { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PaidAt { get; set; }
    public decimal RefundedAmount { get; set; }
    /// <summary>The refund request numbers already honoured (comma-separated): a repeated one refunds nothing more.</summary>
    public string RefundRequests { get; set; } = "";
    public int NotifyAttempts { get; set; }
    public DateTime? NextNotifyAt { get; set; }
    public bool NotifyDelivered { get; set; }
}
