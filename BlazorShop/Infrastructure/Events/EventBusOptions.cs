namespace BlazorShop.Infrastructure.Events;

/// <summary>How live updates travel (section <c>EventBus</c>): inside this process, or through Redis pub/sub so every
/// instance hears every change (needs <c>ConnectionStrings:Redis</c>). Delivery tuning is <see cref="EventDispatchOptions"/>.</summary>
public sealed class EventBusOptions
{
    public const string Section = "EventBus";

    public EventBusProvider Provider { get; set; } = EventBusProvider.InProcess;

    /// <summary>The Redis channel; instances of one deployment share it, another deployment on the same Redis uses its own.</summary>
    public string Channel { get; set; } = RedisEventBus.DefaultChannel;
}
