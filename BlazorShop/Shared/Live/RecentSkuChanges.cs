using System.Collections.Concurrent;
using BlazorShop.Infrastructure.Events;

namespace BlazorShop.Shared.Live;

/// <summary>
/// The latest <see cref="SkuChanged"/> per SKU heard in the last minutes. A page served from the output cache (or
/// rendered just before a change) becomes interactive a moment later; its live parts apply what changed in between
/// from here instead of querying the database again. Events carry absolute values, so applying one twice is harmless.
/// </summary>
public sealed class RecentSkuChanges(IEventBus bus, TimeProvider clock) : IHostedService
{
    /// <summary>Longer than a cached page lives plus the time a browser takes to connect.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<long, (SkuChanged Change, DateTimeOffset At)> _latest = new();
    private IDisposable? _subscription;
    private DateTimeOffset _lastPrune;

    public bool TryGet(long skuId, out SkuChanged change)
    {
        if (_latest.TryGetValue(skuId, out var entry) && clock.GetUtcNow() - entry.At < Window) { change = entry.Change; return true; }
        change = default!;
        return false;
    }

    public void Record(SkuChanged change)
    {
        var now = clock.GetUtcNow();
        _latest[change.SkuId] = (change, now);
        if (now - _lastPrune < Window) return;
        _lastPrune = now;
        foreach (var (id, entry) in _latest)
            if (now - entry.At >= Window) _latest.TryRemove(id, out _);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe<SkuChanged>(c => { Record(c); return Task.CompletedTask; });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
