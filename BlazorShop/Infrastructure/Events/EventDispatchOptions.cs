using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Infrastructure.Events;

/// <summary>How events reach subscribers (section <c>EventBus:Dispatch</c>).</summary>
public sealed class EventDispatchOptions
{
    public const string Section = "EventBus:Dispatch";

    /// <summary>Handlers running at once across all subscribers (each subscriber still gets its events in order).</summary>
    [Range(1, 10_000)]
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>A handler slower than this gives its slot back (it keeps running; its own later events wait).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan SlowHandler { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events waiting for one subscriber beyond this are dropped (a page that stopped reading).</summary>
    [Range(1, 100_000)]
    public int MaxQueuedPerSubscriber { get; set; } = 256;
}
