namespace BlazorShop.Domain;

/// <summary>
/// An order that was sent to the payment gateway (the shopper opened the pay page). Reconciliation queries the
/// gateway for these when no notify settled them (<see cref="NextCheckAt"/>, claimed with a conditional UPDATE so
/// that several instances never check the same one at once) until the trade is paid, closed or expired (<see cref="Done"/>).
/// </summary>
public class PaymentAttempt
{
    public required string OrderId { get; set; }
    /// <summary>Simulator or Alipay: the gateway the shopper was sent to.</summary>
    public required string Gateway { get; set; }
    public decimal Amount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextCheckAt { get; set; }
    public int Checks { get; set; }
    public bool Done { get; set; }
}
