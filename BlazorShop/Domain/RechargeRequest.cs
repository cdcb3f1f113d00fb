namespace BlazorShop.Domain;

public class RechargeRequest
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public decimal Amount { get; set; }
    public RechargeStatus Status { get; set; } = RechargeStatus.Pending;
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public long? ReviewedById { get; set; }
    public int RowVersion { get; set; }
}
