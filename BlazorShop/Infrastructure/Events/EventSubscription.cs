using System.Collections.Concurrent;

namespace BlazorShop.Infrastructure.Events;

/// <summary>One subscriber: its own queue, drained by at most one worker at a time so its events stay in order.</summary>
internal sealed class EventSubscription(EventDispatcher dispatcher, Func<object, Task> handler, Type type, long[]? keys) : IDisposable
{
    private readonly ConcurrentQueue<object> _queue = new();
    private int _draining;
    private int _disposed;
    private int _overflowReported;

    public Func<object, Task> Handler { get; } = handler;
    public Type Type { get; } = type;
    public long[]? Keys { get; } = keys;

    public void Post(object evt)
    {
        if (Volatile.Read(ref _disposed) == 1) return;
        if (_queue.Count >= dispatcher.Options.MaxQueuedPerSubscriber)
        {
            // Said once per subscriber: a stuck page must not turn every later event into a log line.
            if (Interlocked.Exchange(ref _overflowReported, 1) == 0) dispatcher.Dropped(this);
            return;
        }
        _queue.Enqueue(evt);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0) _ = Task.Run(DrainAsync);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            while (_queue.TryDequeue(out var evt))
            {
                if (Volatile.Read(ref _disposed) == 1) { _queue.Clear(); break; }
                await dispatcher.RunHandlerAsync(this, evt);
            }
            Volatile.Write(ref _draining, 0);
            // An event posted between the last TryDequeue and the reset would otherwise wait for the next post.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) dispatcher.Remove(this);
    }
}
