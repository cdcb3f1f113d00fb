namespace BlazorShop.Infrastructure.Events;

/// <summary>The embedded default: events reach subscribers in this process only (one app instance).</summary>
public sealed class InProcessEventBus(ILogger<InProcessEventBus> logger) : IEventBus
{
    private readonly SubscriberRegistry _subscribers = new(logger);

    public Task PublishAsync<TEvent>(TEvent evt, CancellationToken ct = default) where TEvent : class =>
        // Deliver off the publisher's path: a slow page must not hold up the order that changed stock.
        Task.Run(() => _subscribers.DeliverAsync(typeof(TEvent), evt), CancellationToken.None);

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class => _subscribers.Add(handler);
}
