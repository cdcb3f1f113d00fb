namespace BlazorShop.Infrastructure.Messaging;

/// <summary><c>Messaging:Dispatch</c>: how queued messages are sent and retried.</summary>
public sealed class MessageDispatchOptions
{
    /// <summary>How often each instance looks for due messages (a message queued here is sent at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Attempts before a message is given up (logged as an error, kept with its last error).</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long an instance holds a message it is sending before another may take it over.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);
}
