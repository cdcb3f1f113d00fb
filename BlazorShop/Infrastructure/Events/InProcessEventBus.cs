using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Events;

/// <summary>The embedded default: events reach subscribers in this process only (one app instance).</summary>
public sealed class InProcessEventBus(ILogger<InProcessEventBus> logger, IOptions<EventDispatchOptions>? options = null) : IEventBus, IDisposable
{
    private readonly EventDispatcher _dispatcher = new(logger, options?.Value);

    /// <summary>Queues the event and returns: a slow page never holds up the order or edit that changed stock.</summary>
    public Task PublishAsync<TEvent>(TEvent evt, CancellationToken ct = default) where TEvent : class
    {
        _dispatcher.Dispatch(typeof(TEvent), evt);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class => _dispatcher.Add(handler);

    public IDisposable Subscribe<TEvent>(IEnumerable<long> keys, Func<TEvent, Task> handler) where TEvent : class, IKeyedEvent =>
        _dispatcher.Add(keys, handler);

    public void Dispose() => _dispatcher.Dispose();
}
