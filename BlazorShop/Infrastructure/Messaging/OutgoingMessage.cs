namespace BlazorShop.Infrastructure.Messaging;

/// <summary>
/// A message waiting to be sent (the queue between a request and the sender): written by the request, sent by
/// <see cref="MessageDispatcher"/> on whichever instance claims it first, deleted once sent, kept with its last error
/// when every attempt failed.
/// </summary>
public class OutgoingMessage
{
    public long Id { get; set; }
    public MessageChannel Channel { get; set; }
    public string Recipient { get; set; } = "";
    public string? Subject { get; set; }
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>Not before this time (later after each failure).</summary>
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>Claimed by an instance until then; a crashed instance's claim runs out.</summary>
    public DateTime? LockedUntil { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set when the last attempt failed: the message is no longer tried.</summary>
    public DateTime? GaveUpAt { get; set; }
}
