using System.Collections.Concurrent;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;

namespace BlazorShop.Features.Search;

/// <summary>
/// The SKUs the in-memory index must read again. A save on this instance marks them
/// (<see cref="SkuSearchChangeInterceptor"/>, after the commit) and tells the other instances
/// (<see cref="SkuSearchChanged"/> on the event bus); a <see cref="SkuChanged"/> event (price, stock, launch — from
/// any writer) marks its SKU too. Marks are numbered, so a rebuild can tell which changes it may have missed.
/// Nothing is recorded until <see cref="Activate"/> (the database engine never needs it).
/// </summary>
public sealed class SkuSearchChanges : IDisposable
{
    private readonly Guid _origin = Guid.NewGuid();
    private readonly IEventBus? _bus;
    private readonly ILogger<SkuSearchChanges> _logger;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentDictionary<long, long> _pending = new();
    private readonly ConcurrentDictionary<long, long> _recent = new();
    private long _sequence;
    private volatile bool _active;

    public SkuSearchChanges(ILogger<SkuSearchChanges> logger, IEventBus? bus = null)
    {
        _logger = logger;
        _bus = bus;
        if (bus is null) return;
        _subscriptions.Add(bus.Subscribe<SkuSearchChanged>(e =>
        {
            if (e.Origin != _origin) Mark(e.SkuIds);
            return Task.CompletedTask;
        }));
        _subscriptions.Add(bus.Subscribe<SkuChanged>(e =>
        {
            Mark([e.SkuId]);
            return Task.CompletedTask;
        }));
    }

    /// <summary>The number of the latest mark.</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    public bool HasPending => !_pending.IsEmpty;

    /// <summary>Starts recording (the in-memory index calls this before it first reads the catalog).</summary>
    public void Activate() => _active = true;

    /// <summary>These SKUs changed: read them again before the next search.</summary>
    public void Mark(IEnumerable<long> skuIds)
    {
        if (!_active) return;
        foreach (var id in skuIds)
        {
            var sequence = Interlocked.Increment(ref _sequence);
            _pending[id] = sequence;
            _recent[id] = sequence;
        }
    }

    /// <summary>Marks the SKUs here and tells the other instances.</summary>
    public async Task AnnounceAsync(IReadOnlyCollection<long> skuIds, CancellationToken ct = default)
    {
        if (skuIds.Count == 0) return;
        Mark(skuIds);
        if (_bus is null) return;
        try { await _bus.PublishAsync(new SkuSearchChanged(_origin, [.. skuIds]), ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // This instance is up to date; the others catch up at their next rebuild.
            _logger.LogWarning(e, "Could not announce {Count} changed SKUs to the other instances", skuIds.Count);
        }
    }

    /// <summary>The SKUs to read again, each with the number of its latest mark.</summary>
    public KeyValuePair<long, long>[] Pending() => _pending.ToArray();

    /// <summary>This mark has been read (a later mark of the same SKU stays pending).</summary>
    public void Done(KeyValuePair<long, long> mark) => _pending.TryRemove(mark);

    /// <summary>
    /// A rebuild that started reading after mark <paramref name="sequence"/> has been installed: the SKUs marked since
    /// may have changed after it read them, so they are read again; older marks are forgotten.
    /// </summary>
    public void Rebuilt(long sequence)
    {
        foreach (var mark in _recent)
        {
            if (mark.Value > sequence) _pending.TryAdd(mark.Key, mark.Value);
            else _recent.TryRemove(mark);
        }
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
