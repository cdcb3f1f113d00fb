namespace BlazorShop.Infrastructure.Events;

/// <summary>
/// Live updates: whatever changes (stock, price, cart, order status) is published here, and every open page that
/// cares subscribes. In-process by default; Redis pub/sub so every app instance hears every event.
/// Publishing never waits for subscribers; handlers run outside any circuit (components marshal with InvokeAsync),
/// concurrently across subscribers and in order for each one.
/// </summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent evt, CancellationToken ct = default) where TEvent : class;

    /// <summary>Every event of the type (caches, feeds).</summary>
    IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class;

    /// <summary>
    /// Only the events whose <see cref="IKeyedEvent.Key"/> is one of <paramref name="keys"/> (a page showing these
    /// SKUs): found through an index by key, so an event costs nothing for the pages that don't show it.
    /// </summary>
    IDisposable Subscribe<TEvent>(IEnumerable<long> keys, Func<TEvent, Task> handler) where TEvent : class, IKeyedEvent;
}
