namespace BlazorShop.Infrastructure.Events;

/// <summary>
/// Live updates: whatever changes (stock, price, cart, order status) is published here, and every open page that
/// cares subscribes. In-process by default; Redis pub/sub so every app instance hears every event.
/// Handlers run outside any circuit: components must marshal with InvokeAsync.
/// </summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent evt, CancellationToken ct = default) where TEvent : class;
    IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class;
}

/// <summary>Keeps handlers by event type; both buses deliver through it.</summary>
sealed class SubscriberRegistry(ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, List<Func<object, Task>>> _handlers = [];

    public IDisposable Add<TEvent>(Func<TEvent, Task> handler) where TEvent : class
    {
        Func<object, Task> wrapped = o => handler((TEvent)o);
        lock (_gate)
        {
            if (!_handlers.TryGetValue(typeof(TEvent), out var list)) _handlers[typeof(TEvent)] = list = [];
            list.Add(wrapped);
        }
        return new Unsubscriber(() => { lock (_gate) _handlers[typeof(TEvent)].Remove(wrapped); });
    }

    public async Task DeliverAsync(Type type, object evt)
    {
        Func<object, Task>[] targets;
        lock (_gate) targets = _handlers.TryGetValue(type, out var list) ? [.. list] : [];
        foreach (var handler in targets)
        {
            // One failing page must not stop the others from hearing the event.
            try { await handler(evt); }
            catch (Exception e) { logger.LogWarning(e, "Event handler for {EventType} failed", type.Name); }
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) dispose(); }
    }
}
