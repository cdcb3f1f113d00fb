namespace BlazorShop.Domain;

public class Payment
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    /// <summary>Alipay's trade number; unique so a repeated notify cannot pay twice.</summary>
    public required string TradeNo { get; set; }
    public decimal Amount { get; set; }
    public DateTime CreatedAt { get; set; }
}
