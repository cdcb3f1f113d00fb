using System.Threading.Channels;

namespace BlazorShop.Infrastructure.Events;

/// <summary>
/// Fans events out to subscribers for both buses. <see cref="Dispatch"/> only queues (the publisher never waits); one
/// loop takes events in order, finds the interested subscriptions — the ones subscribed to the event's key through a
/// dictionary, plus the type-wide ones — and posts the event to each subscription's own queue. Subscriptions drain
/// their queues concurrently under one concurrency limit, each in order; a failing handler is logged and a slow one
/// holds only its own queue.
/// </summary>
public sealed class EventDispatcher : IDisposable
{
    private readonly ILogger _logger;
    private readonly EventDispatchOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly Channel<(Type Type, object Event)> _incoming =
        Channel.CreateUnbounded<(Type, object)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, List<EventSubscription>> _all = [];
    private readonly Dictionary<Type, Dictionary<long, List<EventSubscription>>> _byKey = [];

    public EventDispatcher(ILogger logger, EventDispatchOptions? options = null)
    {
        _logger = logger;
        _options = options ?? new EventDispatchOptions();
        _slots = new SemaphoreSlim(_options.MaxConcurrency);
        _ = Task.Run(RunAsync);
    }

    public EventDispatchOptions Options => _options;

    /// <summary>Queues the event for delivery and returns at once.</summary>
    public void Dispatch(Type type, object evt) => _incoming.Writer.TryWrite((type, evt));

    public IDisposable Add<TEvent>(Func<TEvent, Task> handler) where TEvent : class
    {
        var subscription = new EventSubscription(this, o => handler((TEvent)o), typeof(TEvent), keys: null);
        lock (_gate)
        {
            if (!_all.TryGetValue(typeof(TEvent), out var list)) _all[typeof(TEvent)] = list = [];
            list.Add(subscription);
        }
        return subscription;
    }

    public IDisposable Add<TEvent>(IEnumerable<long> keys, Func<TEvent, Task> handler) where TEvent : class, IKeyedEvent
    {
        var distinct = keys.Distinct().ToArray();
        var subscription = new EventSubscription(this, o => handler((TEvent)o), typeof(TEvent), distinct);
        lock (_gate)
        {
            if (!_byKey.TryGetValue(typeof(TEvent), out var index)) _byKey[typeof(TEvent)] = index = [];
            foreach (var key in distinct)
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(subscription);
            }
        }
        return subscription;
    }

    internal void Remove(EventSubscription subscription)
    {
        lock (_gate)
        {
            if (subscription.Keys is null)
            {
                if (_all.TryGetValue(subscription.Type, out var list)) list.Remove(subscription);
                return;
            }
            if (!_byKey.TryGetValue(subscription.Type, out var index)) return;
            foreach (var key in subscription.Keys)
            {
                if (!index.TryGetValue(key, out var list)) continue;
                list.Remove(subscription);
                if (list.Count == 0) index.Remove(key);
            }
        }
    }

    private async Task RunAsync()
    {
        var targets = new List<EventSubscription>();
        await foreach (var (type, evt) in _incoming.Reader.ReadAllAsync())
        {
            targets.Clear();
            lock (_gate)
            {
                if (_all.TryGetValue(type, out var list)) targets.AddRange(list);
                if (evt is IKeyedEvent keyed && _byKey.TryGetValue(type, out var index) && index.TryGetValue(keyed.Key, out var interested))
                    targets.AddRange(interested);
            }
            foreach (var target in targets) target.Post(evt);
        }
    }

    /// <summary>Runs one handler under the concurrency limit; a slow one gives its slot back after the limit.</summary>
    internal async Task RunHandlerAsync(EventSubscription subscription, object evt)
    {
        await _slots.WaitAsync();
        var released = 0;
        void Release() { if (Interlocked.Exchange(ref released, 1) == 0) _slots.Release(); }
        try
        {
            var work = subscription.Handler(evt);
            if (!work.IsCompleted && await Task.WhenAny(work, Task.Delay(_options.SlowHandler)) != work)
            {
                _logger.LogWarning("A {EventType} subscriber is slower than {Limit}; it no longer holds a delivery slot", subscription.Type.Name, _options.SlowHandler);
                Release();
            }
            await work;
        }
        catch (Exception e)
        {
            // One failing page must not stop the others from hearing the event.
            _logger.LogWarning(e, "Event handler for {EventType} failed", subscription.Type.Name);
        }
        finally
        {
            Release();
        }
    }

    internal void Dropped(EventSubscription subscription) =>
        _logger.LogWarning("A {EventType} subscriber has {Count} events waiting; dropping its newer events until it catches up", subscription.Type.Name, _options.MaxQueuedPerSubscriber);

    /// <summary>Stops taking events (handlers already running finish on their own).</summary>
    public void Dispose() => _incoming.Writer.TryComplete();
}
