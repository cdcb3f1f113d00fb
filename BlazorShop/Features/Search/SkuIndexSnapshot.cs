using System.Buffers;

namespace BlazorShop.Features.Search;

/// <summary>
/// The launched SKUs as an inverted index in memory: for each token, the SKUs that have it (ascending) and the best
/// field each has it in (3 name, 2 brand/category, 1 spec values, 0 caption), plus the facts ranking, facets and
/// filters need, in parallel arrays by document. Immutable: a change makes a new snapshot that shares the posting
/// lists and holds the changed SKUs aside (<see cref="WithChanges"/>) until the next rebuild.
/// <para>Matching follows the database engines exactly (<see cref="ISkuMatcher"/>): a token matches a SKU that has
/// it (a prefix token: any token starting with it); an alternative, all its tokens; a term, any alternative; a
/// query, every term (partial: any, counting them). A match's field level is the lowest over the tokens of an
/// alternative, the highest over a term's alternatives, the lowest over the terms — the best field every term
/// matched in, which is what the tsvector weights and the FTS5 column filters compute.</para>
/// </summary>
public sealed class SkuIndexSnapshot
{
    private readonly long[] _ids;
    private readonly int[] _categories;
    private readonly int[] _brands;
    private readonly decimal[] _prices;
    private readonly int[] _sales;
    private readonly DateTime[] _created;
    private readonly Dictionary<string, int> _tokenIds;
    private readonly string[] _tokens;
    private readonly int[] _byText;
    private readonly int[] _offsets;
    private readonly int[] _postings;
    private readonly sbyte[] _levels;
    private readonly Dictionary<long, SkuDocument?> _changed;
    /// <summary>One bit per document: replaced by an entry of <see cref="_changed"/>.</summary>
    private readonly ulong[] _superseded;

    private SkuIndexSnapshot(long[] ids, int[] categories, int[] brands, decimal[] prices, int[] sales, DateTime[] created,
        Dictionary<string, int> tokenIds, string[] tokens, int[] offsets, int[] postings, sbyte[] levels)
    {
        (_ids, _categories, _brands, _prices, _sales, _created) = (ids, categories, brands, prices, sales, created);
        (_tokenIds, _tokens, _offsets, _postings, _levels) = (tokenIds, tokens, offsets, postings, levels);
        _byText = Enumerable.Range(0, tokens.Length).ToArray();
        Array.Sort(_byText, (x, y) => string.CompareOrdinal(tokens[x], tokens[y]));
        _changed = [];
        _superseded = new ulong[(ids.Length + 63) / 64];
    }

    private SkuIndexSnapshot(SkuIndexSnapshot from, Dictionary<long, SkuDocument?> changed, ulong[] superseded)
    {
        (_ids, _categories, _brands, _prices, _sales, _created) = (from._ids, from._categories, from._brands, from._prices, from._sales, from._created);
        (_tokenIds, _tokens, _byText, _offsets, _postings, _levels) = (from._tokenIds, from._tokens, from._byText, from._offsets, from._postings, from._levels);
        (_changed, _superseded, BuiltAt) = (changed, superseded, from.BuiltAt);
    }

    /// <summary>When the posting lists were built (changes since are held aside).</summary>
    /// <summary>When the posting lists were built (set by the index from its clock).</summary>
    public DateTime BuiltAt { get; internal set; }

    /// <summary>SKUs in the posting lists.</summary>
    public int Count => _ids.Length;

    /// <summary>SKUs changed since the posting lists were built.</summary>
    public int ChangedCount => _changed.Count;

    /// <summary>Builds the index from the launched SKUs, in ascending id order.</summary>
    public static async Task<SkuIndexSnapshot> BuildAsync(IAsyncEnumerable<SkuSearchRow> rows, CancellationToken ct = default)
    {
        var ids = new List<long>();
        var categories = new List<int>();
        var brands = new List<int>();
        var prices = new List<decimal>();
        var sales = new List<int>();
        var created = new List<DateTime>();
        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<string>();
        var perToken = new List<int>();
        // Document-major first (each SKU's tokens as they are read), turned token-major below.
        var docEnds = new List<int>();
        var docTokens = new List<int>();
        var docLevels = new List<sbyte>();
        var seen = new Dictionary<int, sbyte>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (!row.IsLaunched) continue;
            if (ids.Count > 0 && row.Id <= ids[^1]) throw new ArgumentException("SKUs must come in ascending id order", nameof(rows));
            seen.Clear();
            foreach (var (text, level) in row.Fields)
                foreach (var range in text.AsSpan().Split(' '))
                {
                    var token = text.AsSpan()[range];
                    if (token.IsEmpty) continue;
                    if (!lookup.TryGetValue(token, out var id))
                    {
                        var s = token.ToString();
                        id = tokens.Count;
                        tokenIds[s] = id;
                        tokens.Add(s);
                        perToken.Add(0);
                    }
                    seen.TryAdd(id, level); // fields come best first
                }
            foreach (var (id, level) in seen)
            {
                docTokens.Add(id);
                docLevels.Add(level);
                perToken[id]++;
            }
            docEnds.Add(docTokens.Count);
            ids.Add(row.Id);
            categories.Add(row.CategoryId);
            brands.Add(row.BrandId);
            prices.Add(row.Price);
            sales.Add(row.Sales);
            created.Add(row.CreatedAt);
        }

        var offsets = new int[tokens.Count + 1];
        for (var t = 0; t < tokens.Count; t++) offsets[t + 1] = offsets[t] + perToken[t];
        var next = offsets[..^1];
        var postings = new int[docTokens.Count];
        var levels = new sbyte[docTokens.Count];
        for (int d = 0, k = 0; d < docEnds.Count; d++)
            for (; k < docEnds[d]; k++)
            {
                var at = next[docTokens[k]]++;
                postings[at] = d;
                levels[at] = docLevels[k];
            }
        return new SkuIndexSnapshot([.. ids], [.. categories], [.. brands], [.. prices], [.. sales], [.. created],
            tokenIds, [.. tokens], offsets, postings, levels);
    }

    /// <summary>
    /// A snapshot with these SKUs as they are now (null: gone, or no longer launched); the posting lists are shared,
    /// the changed SKUs are matched one by one until the next rebuild.
    /// </summary>
    public SkuIndexSnapshot WithChanges(IEnumerable<(long Id, SkuDocument? Document)> changes)
    {
        var changed = new Dictionary<long, SkuDocument?>(_changed);
        var superseded = (ulong[])_superseded.Clone();
        foreach (var (id, document) in changes)
        {
            changed[id] = document;
            var at = Array.BinarySearch(_ids, id);
            if (at >= 0) superseded[at >> 6] |= 1UL << at;
        }
        return new SkuIndexSnapshot(this, changed, superseded);
    }

    /// <summary>Adds the SKUs matching the terms to <paramref name="hits"/> (see <see cref="ISkuMatcher"/>).</summary>
    public void Match(IReadOnlyList<SearchTerm> terms, bool partial, bool rank, SkuHits hits)
    {
        if (terms.Count == 0) return;
        if (partial) MatchAny(terms, rank, hits);
        else MatchAll(terms, rank, hits);
        foreach (var document in _changed.Values)
        {
            if (document is null) continue;
            int matched = 0, level = partial ? -1 : int.MaxValue;
            foreach (var term in terms)
            {
                var termLevel = document.Level(term);
                if (termLevel < 0) continue;
                matched++;
                level = partial ? Math.Max(level, termLevel) : Math.Min(level, termLevel);
            }
            if (matched == 0 || (!partial && matched < terms.Count)) continue;
            hits.Add(new SkuHit(document.Id, matched, rank ? level : 0, document.CategoryId, document.BrandId, document.Price, document.Sales, document.CreatedAt));
        }
    }

    private void MatchAll(IReadOnlyList<SearchTerm> terms, bool rank, SkuHits hits)
    {
        var lists = new List<DocList>(terms.Count);
        try
        {
            foreach (var term in terms)
            {
                var list = Term(term);
                lists.Add(list);
                if (list.Count == 0) return;
            }
            lists.Sort((a, b) => a.Count.CompareTo(b.Count));
            var all = lists[0];
            for (var i = 1; i < lists.Count && all.Count > 0; i++)
            {
                all = DocList.Intersect(all, lists[i]);
                lists[i] = DocList.Empty();
            }
            lists[0] = all;
            for (var i = all.Start; i < all.Start + all.Count; i++)
            {
                var d = all.Docs[i];
                if (!Superseded(d)) hits.Add(Hit(d, terms.Count, rank ? all.Levels[i] : 0));
            }
        }
        finally
        {
            foreach (var list in lists) list.Dispose();
        }
    }

    private void MatchAny(IReadOnlyList<SearchTerm> terms, bool rank, SkuHits hits)
    {
        var n = _ids.Length;
        var matched = ArrayPool<byte>.Shared.Rent(n);
        var best = ArrayPool<sbyte>.Shared.Rent(n);
        try
        {
            matched.AsSpan(0, n).Clear();
            best.AsSpan(0, n).Fill(-1);
            foreach (var term in terms)
            {
                using var list = Term(term);
                for (var i = list.Start; i < list.Start + list.Count; i++)
                {
                    var d = list.Docs[i];
                    matched[d]++;
                    if (list.Levels[i] > best[d]) best[d] = list.Levels[i];
                }
            }
            for (var d = 0; d < n; d++)
                if (matched[d] > 0 && !Superseded(d)) hits.Add(Hit(d, matched[d], rank ? best[d] : 0));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(matched);
            ArrayPool<sbyte>.Shared.Return(best);
        }
    }

    private bool Superseded(int d) => (_superseded[d >> 6] & (1UL << d)) != 0;

    private SkuHit Hit(int d, int matched, int level) => new(_ids[d], matched, level, _categories[d], _brands[d], _prices[d], _sales[d], _created[d]);

    /// <summary>The SKUs a term matches: any of its alternatives.</summary>
    private DocList Term(SearchTerm term)
    {
        var result = DocList.Empty();
        foreach (var alternative in term.Alternatives)
        {
            if (alternative.Count == 0) continue;
            var tokens = alternative.Select(Token).OrderBy(l => l.Count).ToList();
            var all = tokens[0];
            for (var i = 1; i < tokens.Count; i++)
                all = all.Count == 0 ? Drop(all, tokens[i]) : DocList.Intersect(all, tokens[i]);
            result = DocList.Union(result, all);
        }
        return result;
    }

    private static DocList Drop(DocList keep, DocList drop)
    {
        drop.Dispose();
        return keep;
    }

    /// <summary>The SKUs that have the token (a prefix token: any token starting with it), at their best level.</summary>
    private DocList Token(QueryToken token)
    {
        if (!token.Prefix)
            return _tokenIds.TryGetValue(token.Text, out var id) ? Posting(id) : DocList.Empty();
        var (from, to) = PrefixRange(token.Text);
        if (to - from == 0) return DocList.Empty();
        if (to - from == 1) return Posting(_byText[from]);
        var n = _ids.Length;
        var dense = ArrayPool<sbyte>.Shared.Rent(n);
        try
        {
            dense.AsSpan(0, n).Fill(-1);
            for (var k = from; k < to; k++)
            {
                var t = _byText[k];
                for (var p = _offsets[t]; p < _offsets[t + 1]; p++)
                    if (_levels[p] > dense[_postings[p]]) dense[_postings[p]] = _levels[p];
            }
            return DocList.FromDense(dense.AsSpan(0, n));
        }
        finally { ArrayPool<sbyte>.Shared.Return(dense); }
    }

    private DocList Posting(int token) => DocList.View(_postings, _levels, _offsets[token], _offsets[token + 1] - _offsets[token]);

    /// <summary>The positions in <see cref="_byText"/> of the tokens starting with the prefix.</summary>
    private (int From, int To) PrefixRange(string prefix)
    {
        int lo = 0, hi = _byText.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_tokens[_byText[mid]], prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        var to = lo;
        while (to < _byText.Length && _tokens[_byText[to]].StartsWith(prefix, StringComparison.Ordinal)) to++;
        return (lo, to);
    }
}
