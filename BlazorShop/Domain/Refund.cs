namespace BlazorShop.Domain;

/// <summary>
/// The refund of an order's payment (one per order: a full refund). <see cref="RequestNo"/> is the idempotency key
/// sent to the gateway (<c>out_request_no</c>): a retry after a failure or a timeout repeats it, so the money goes back once.
/// </summary>
public class Refund
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    public required string RequestNo { get; set; }
    public decimal Amount { get; set; }
    public PayMethod PayMethod { get; set; }
    public RefundStatus Status { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>The admin who asked for it.</summary>
    public long? ActorId { get; set; }
    /// <summary>The gateway's last refusal (code and sub-code), for the admin.</summary>
    public string? Error { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
