using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>The send queue (section <c>Messaging:Dispatch</c>): how queued messages are sent and retried. Validated at start.</summary>
public sealed class MessageDispatchOptions
{
    public const string Section = "Messaging:Dispatch";

    /// <summary>
    /// How often an instance looks for messages nobody is sending (queued by an instance that stopped). A message
    /// queued here is sent at once, and a retry this instance scheduled wakes it when due.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before a message is given up (logged as an error, kept with its last error).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an instance holds a message it is sending before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);
}
