using System.Runtime.InteropServices;
using BlazorShop.Shared;

namespace BlazorShop.Features.Search;

/// <summary>
/// What a search shows, counted from its hits in one pass: the total, the three facets — each counted with the other
/// facets' filters applied, so its numbers are what a click gives — and the ids of the requested page, chosen with
/// a heap bounded by the page's end instead of sorting every hit.
/// </summary>
public sealed class SearchTally
{
    private SearchTally(int total, Dictionary<int, int> categories, Dictionary<int, int> brands, int[] prices, List<long> page) =>
        (Total, Categories, Brands, Prices, Page) = (total, categories, brands, prices, page);

    public int Total { get; }

    /// <summary>Category id → count.</summary>
    public IReadOnlyDictionary<int, int> Categories { get; }

    /// <summary>Brand id → count.</summary>
    public IReadOnlyDictionary<int, int> Brands { get; }

    /// <summary>Count per <see cref="PriceBuckets.All"/> bucket.</summary>
    public IReadOnlyList<int> Prices { get; }

    /// <summary>The page's SKU ids, in order.</summary>
    public IReadOnlyList<long> Page { get; }

    /// <param name="brands">Brands the query names (their SKUs rank first in relevance order).</param>
    /// <param name="categories">Categories the query names.</param>
    public static SearchTally Count(ReadOnlySpan<SkuHit> hits, SearchRequest request, string sort, Paging paging,
        IReadOnlySet<int> brands, IReadOnlySet<int> categories)
    {
        var price = PriceBuckets.Parse(request.Price);
        var byCategory = new Dictionary<int, int>();
        var byBrand = new Dictionary<int, int>();
        var byPrice = new int[PriceBuckets.All.Length];
        var order = SkuHitOrder.For(sort);
        var end = paging.Skip + paging.Size;
        var best = new PriorityQueue<SkuHit, SkuHit>(order.Reversed);
        var total = 0;
        foreach (var h in hits)
        {
            var inCategory = request.CategoryId is not { } c || h.CategoryId == c;
            var inBrand = request.BrandId is not { } b || h.BrandId == b;
            var inPrice = price is not { } p || (h.Price >= p.Min && (p.Max is not { } max || h.Price < max));
            if (inBrand && inPrice) CollectionsMarshal.GetValueRefOrAddDefault(byCategory, h.CategoryId, out _)++;
            if (inCategory && inPrice) CollectionsMarshal.GetValueRefOrAddDefault(byBrand, h.BrandId, out _)++;
            if (inCategory && inBrand) byPrice[PriceBuckets.IndexOfPrice(h.Price)]++;
            if (!(inCategory && inBrand && inPrice)) continue;
            total++;
            var hit = h with { Intent = (brands.Contains(h.BrandId) ? 1 : 0) + (categories.Contains(h.CategoryId) ? 1 : 0) };
            if (best.Count < end) best.Enqueue(hit, hit);
            else if (order.Compare(hit, best.Peek()) < 0) best.DequeueEnqueue(hit, hit);
        }
        var kept = new SkuHit[best.Count];
        for (var i = kept.Length - 1; i >= 0; i--) kept[i] = best.Dequeue(); // the worst comes out first
        var page = kept.Skip(paging.Skip).Select(h => h.Id).ToList();
        return new SearchTally(total, byCategory, byBrand, byPrice, page);
    }
}
