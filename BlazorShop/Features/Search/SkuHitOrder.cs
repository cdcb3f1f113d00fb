using BlazorShop.Shared;

namespace BlazorShop.Features.Search;

/// <summary>
/// The orders of <see cref="CatalogSort"/> over hits (price both ways, sales, newest); "default" is relevance: the
/// brand and category the query names (<see cref="SkuHit.Intent"/>), the best field matched, sales. The id breaks
/// ties so paging is stable.
/// </summary>
public sealed class SkuHitOrder : IComparer<SkuHit>
{
    private static readonly Dictionary<string, SkuHitOrder> Orders = CatalogSort.All.ToDictionary(s => s, s => new SkuHitOrder(s));

    private readonly Comparison<SkuHit> _compare;

    private SkuHitOrder(string sort) => _compare = sort switch
    {
        CatalogSort.Price => (a, b) => a.Price != b.Price ? a.Price.CompareTo(b.Price) : a.Id.CompareTo(b.Id),
        CatalogSort.PriceDesc => (a, b) => a.Price != b.Price ? b.Price.CompareTo(a.Price) : a.Id.CompareTo(b.Id),
        CatalogSort.Sales => (a, b) => a.Sales != b.Sales ? b.Sales.CompareTo(a.Sales) : a.Id.CompareTo(b.Id),
        CatalogSort.Newest => (a, b) => a.CreatedAt != b.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : b.Id.CompareTo(a.Id),
        _ => (a, b) => a.Intent != b.Intent ? b.Intent.CompareTo(a.Intent)
            : a.Field != b.Field ? b.Field.CompareTo(a.Field)
            : a.Sales != b.Sales ? b.Sales.CompareTo(a.Sales) : a.Id.CompareTo(b.Id),
    };

    /// <summary>The order of a (normalised) sort key.</summary>
    public static SkuHitOrder For(string sort) => Orders.GetValueOrDefault(sort) ?? Orders[CatalogSort.Default];

    /// <summary>The same order backwards (the worst first: what a bounded top-N heap drops).</summary>
    public IComparer<SkuHit> Reversed => Comparer<SkuHit>.Create((a, b) => _compare(b, a));

    public int Compare(SkuHit x, SkuHit y) => _compare(x, y);
}
