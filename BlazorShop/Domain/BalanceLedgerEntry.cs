namespace BlazorShop.Domain;

/// <summary>Every change of a user's balance, with the balance after it, so the balance can be audited.</summary>
public class BalanceLedgerEntry
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public decimal Amount { get; set; }
    public decimal BalanceAfter { get; set; }
    public LedgerKind Kind { get; set; }
    public string? OrderId { get; set; }
    public long? RechargeRequestId { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
