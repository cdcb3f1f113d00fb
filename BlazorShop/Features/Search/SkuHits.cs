using System.Buffers;

namespace BlazorShop.Features.Search;

/// <summary>
/// The SKUs a match found, in a pooled buffer (a broad word matches thousands: one array per search would land on
/// the large-object heap). Dispose returns the buffer; <see cref="AsSpan"/> is valid until then.
/// </summary>
public sealed class SkuHits : IDisposable
{
    public static SkuHits Empty() => new(0);

    private SkuHit[] _items;

    public SkuHits(int capacity) => _items = capacity == 0 ? [] : ArrayPool<SkuHit>.Shared.Rent(capacity);

    public int Count { get; private set; }

    public Span<SkuHit> AsSpan() => _items.AsSpan(0, Count);

    public void Add(in SkuHit hit)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<SkuHit>.Shared.Rent(Math.Max(16, _items.Length * 2));
            _items.AsSpan(0, Count).CopyTo(bigger);
            Return();
            _items = bigger;
        }
        _items[Count++] = hit;
    }

    /// <summary>Keeps only the hits <paramref name="keep"/> accepts (in order).</summary>
    public void Retain(Func<SkuHit, bool> keep)
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
            if (keep(_items[i])) _items[n++] = _items[i];
        Count = n;
    }

    public void Dispose()
    {
        Return();
        _items = [];
        Count = 0;
    }

    private void Return()
    {
        if (_items.Length > 0) ArrayPool<SkuHit>.Shared.Return(_items);
    }
}
