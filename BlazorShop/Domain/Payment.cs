namespace BlazorShop.Domain;

public class Payment
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    /// <summary>Alipay's trade number; unique so a repeated notify cannot pay twice.</summary>
    public required string TradeNo { get; set; }
    public decimal Amount { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>
    /// The gateway took the money after the order had been cancelled (expiry won the race): the payment is recorded,
    /// the order stays cancelled, and an admin refunds it (<see cref="Refund"/>); cleared when refunded.
    /// </summary>
    public bool NeedsRefund { get; set; }
}
