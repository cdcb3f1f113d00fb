namespace BlazorShop.Infrastructure.Messaging;

/// <summary>A message "delivered" by the development outbox senders: stored, and listed at /dev/outbox (Development only).</summary>
public class DevOutboxMessage
{
    public long Id { get; set; }
    public MessageChannel Channel { get; set; }
    public string Recipient { get; set; } = "";
    public string? Subject { get; set; }
    public string Body { get; set; } = "";
    public DateTime SentAt { get; set; }
}
