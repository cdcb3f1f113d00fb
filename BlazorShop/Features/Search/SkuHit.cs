namespace BlazorShop.Features.Search;

/// <summary>
/// One matched SKU: what ranking, filters and facets need. <see cref="Hits"/> is how many terms matched (all of them
/// unless the match was partial), <see cref="Field"/> the best field every term matched in (3 name, 2 brand/category,
/// 1 spec values, 0 caption; 0 when the match was not ranked). <see cref="Intent"/> is set by the service: 1 for a SKU
/// of a brand the query names, 1 for one of a category it names (2 for both).
/// </summary>
public readonly record struct SkuHit(long Id, int Hits, int Field, int CategoryId, int BrandId, decimal Price, int Sales, DateTime CreatedAt)
{
    public int Intent { get; init; }
}
