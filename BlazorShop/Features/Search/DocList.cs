using System.Buffers;

namespace BlazorShop.Features.Search;

/// <summary>
/// Documents of the in-memory index in ascending order, each with a field level (3 name … 0 caption): a posting list
/// (a view into the index) or the result of combining them (pooled buffers, returned by <see cref="Dispose"/>).
/// <see cref="Intersect"/> and <see cref="Union"/> consume their arguments.
/// </summary>
internal sealed class DocList : IDisposable
{
    private readonly bool _pooled;

    private DocList(int[] docs, sbyte[] levels, int start, int count, bool pooled) =>
        (Docs, Levels, Start, Count, _pooled) = (docs, levels, start, count, pooled);

    public int[] Docs { get; private set; }
    public sbyte[] Levels { get; private set; }
    public int Start { get; }
    public int Count { get; private set; }

    public static DocList Empty() => new([], [], 0, 0, pooled: false);

    /// <summary>A posting list of the index, not copied.</summary>
    public static DocList View(int[] docs, sbyte[] levels, int start, int count) => new(docs, levels, start, count, pooled: false);

    private static DocList Rent(int capacity) => capacity == 0 ? Empty()
        : new(ArrayPool<int>.Shared.Rent(capacity), ArrayPool<sbyte>.Shared.Rent(capacity), 0, 0, pooled: true);

    /// <summary>The documents with a level ≥ 0 in a dense per-document array.</summary>
    public static DocList FromDense(ReadOnlySpan<sbyte> levels)
    {
        var count = 0;
        foreach (var level in levels) if (level >= 0) count++;
        var list = Rent(count);
        var n = 0;
        for (var d = 0; d < levels.Length && n < count; d++)
            if (levels[d] >= 0) { list.Docs[n] = d; list.Levels[n++] = levels[d]; }
        list.Count = n;
        return list;
    }

    /// <summary>Documents in both, at the lower of their two levels (every token of an alternative, every term).</summary>
    public static DocList Intersect(DocList a, DocList b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var result = Rent(a.Count);
        var n = 0;
        if (a.Count > 0 && b.Count / a.Count >= 32)
        {
            // A rare token against a common one: look each rare document up.
            var from = b.Start;
            var end = b.Start + b.Count;
            for (var i = a.Start; i < a.Start + a.Count && from < end; i++)
            {
                var found = Array.BinarySearch(b.Docs, from, end - from, a.Docs[i]);
                if (found >= 0)
                {
                    result.Docs[n] = a.Docs[i];
                    result.Levels[n++] = Math.Min(a.Levels[i], b.Levels[found]);
                    from = found + 1;
                }
                else from = ~found;
            }
        }
        else
        {
            int i = a.Start, j = b.Start, iEnd = a.Start + a.Count, jEnd = b.Start + b.Count;
            while (i < iEnd && j < jEnd)
            {
                var (x, y) = (a.Docs[i], b.Docs[j]);
                if (x < y) i++;
                else if (y < x) j++;
                else
                {
                    result.Docs[n] = x;
                    result.Levels[n++] = Math.Min(a.Levels[i++], b.Levels[j++]);
                }
            }
        }
        result.Count = n;
        a.Dispose();
        b.Dispose();
        return result;
    }

    /// <summary>Documents in either, at the higher level (any alternative of a term).</summary>
    public static DocList Union(DocList a, DocList b)
    {
        if (a.Count == 0) { a.Dispose(); return b; }
        if (b.Count == 0) { b.Dispose(); return a; }
        var result = Rent(a.Count + b.Count);
        int i = a.Start, j = b.Start, iEnd = a.Start + a.Count, jEnd = b.Start + b.Count, n = 0;
        while (i < iEnd || j < jEnd)
        {
            if (j == jEnd || (i < iEnd && a.Docs[i] < b.Docs[j])) { result.Docs[n] = a.Docs[i]; result.Levels[n++] = a.Levels[i++]; }
            else if (i == iEnd || b.Docs[j] < a.Docs[i]) { result.Docs[n] = b.Docs[j]; result.Levels[n++] = b.Levels[j++]; }
            else { result.Docs[n] = a.Docs[i]; result.Levels[n++] = Math.Max(a.Levels[i++], b.Levels[j++]); }
        }
        result.Count = n;
        a.Dispose();
        b.Dispose();
        return result;
    }

    public void Dispose()
    {
        if (!_pooled || Docs.Length == 0) return;
        ArrayPool<int>.Shared.Return(Docs);
        ArrayPool<sbyte>.Shared.Return(Levels);
        (Docs, Levels, Count) = ([], [], 0);
    }
}
