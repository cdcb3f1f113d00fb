using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// Everything the catalog pages show, one call per page: what the pages depend on, so a component test renders them
/// with a test double and no database. <see cref="CatalogPages"/> is the real one (short-lived page-data cache over
/// the queries).
/// </summary>
public interface ICatalogPages
{
    Task<HomePageData> GetHomeAsync(CancellationToken ct = default);

    /// <returns>null for an unknown category.</returns>
    Task<CategoryListing?> GetListAsync(int categoryId, string sort, Paging paging, CancellationToken ct = default);

    /// <returns>null for an unknown SKU.</returns>
    Task<ProductPageData?> GetProductAsync(long skuId, CancellationToken ct = default);

    /// <summary>A page of the product's reviews (<see cref="ProductReviews.PageSize"/> each), newest first.</summary>
    /// <returns>null for an unknown SKU.</returns>
    Task<ProductReviews?> GetReviewsAsync(long skuId, ReviewFilter filter, int page, CancellationToken ct = default);

    /// <summary>Cards for the given SKUs, in the given order (unknown ids are left out).</summary>
    Task<IReadOnlyList<SkuCardModel>> GetCardsAsync(IReadOnlyList<long> skuIds, CancellationToken ct = default);
}
