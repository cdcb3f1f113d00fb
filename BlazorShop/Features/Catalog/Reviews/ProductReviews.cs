using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog.Reviews;

/// <summary>One page of a product's reviews (<c>/goods/{sku}/reviews</c>): the product, the summary, the filtered page.</summary>
public sealed record ProductReviews(ProductDetail Product, ReviewSummary Summary, IReadOnlyList<ReviewView> Items, ReviewFilter Filter, Paging Paging)
{
    /// <summary>Reviews per page of the full list.</summary>
    public const int PageSize = 10;

    public int Total => Summary.CountOf(Filter);
    public int PageCount => Paging.PageCount(Total);
}
