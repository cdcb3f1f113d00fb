using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

/// <summary>The catalog pages' data: queries behind the short-lived, SKU-evicted <see cref="SkuDataCache"/>.</summary>
public sealed class CatalogPages(CatalogQueries queries, ProductQueries products, CatalogCache catalog, SkuDataCache data) : ICatalogPages
{
    /// <summary>Hot sellers on the home page and beside a product.</summary>
    public const int HomeHotSellers = 8, ProductHotSellers = 4;

    /// <summary>The newest reviews shown on the product page itself; the rest are on its reviews page.</summary>
    public const int ProductPageReviews = 5;

    /// <summary>The first pages of a list are what shoppers open; deeper pages are loaded directly (they would only fill memory).</summary>
    public const int CachedListPages = 10;

    public async Task<HomePageData> GetHomeAsync(CancellationToken ct = default)
    {
        var slides = await catalog.GetContentAsync("index_lbt");
        var news = await catalog.GetContentAsync("index_kx");
        var ads = await catalog.GetContentAsync("index_ytgg");
        var floors = await data.GetOrLoadAsync("home:floors", () => queries.GetFloorsAsync(ct), f => f.SelectMany(x => x.Items).Select(i => i.Id));
        var hot = await data.GetOrLoadAsync("home:hot", () => queries.GetHotSellersAsync(HomeHotSellers, ct), h => h.Select(i => i.Id));
        return new HomePageData(slides, news, ads, hot, floors);
    }

    public Task<CategoryListing?> GetListAsync(int categoryId, string sort, Paging paging, CancellationToken ct = default) =>
        paging.Page <= CachedListPages
            ? data.GetOrLoadAsync($"list:{categoryId}:{sort}:{paging.Page}:{paging.Size}", () => queries.GetListAsync(categoryId, sort, paging, ct),
                l => l is null ? [] : l.Items.Concat(l.HotSellers).Select(s => s.Id))
            : queries.GetListAsync(categoryId, sort, paging, ct);

    public async Task<ProductPageData?> GetProductAsync(long skuId, CancellationToken ct = default)
    {
        var product = await data.GetOrLoadAsync($"product:{skuId}", () => products.GetAsync(skuId, ct), p => p?.Variants.Select(v => v.SkuId) ?? []);
        if (product is null) return null;
        var (summary, reviews) = await ReviewsAsync(product, ReviewFilter.All, new Paging(1, ProductPageReviews), ct);
        var hot = await data.GetOrLoadAsync($"hot:{product.CategoryId}:{skuId}",
            () => queries.GetHotSellersAsync(product.CategoryId, ProductHotSellers, except: skuId, ct), h => h.Select(s => s.Id));
        return new ProductPageData(product, summary, reviews, hot);
    }

    public async Task<ProductReviews?> GetReviewsAsync(long skuId, ReviewFilter filter, int page, CancellationToken ct = default)
    {
        var product = await data.GetOrLoadAsync($"product:{skuId}", () => products.GetAsync(skuId, ct), p => p?.Variants.Select(v => v.SkuId) ?? []);
        if (product is null) return null;
        var paging = new Paging(Math.Clamp(page, 1, 10_000), ProductReviews.PageSize);
        var (summary, items) = await ReviewsAsync(product, filter, paging, ct);
        return new ProductReviews(product, summary, items, filter, paging);
    }

    /// <summary>
    /// The summary and a page of reviews. Kept (for the first pages) until a SKU of the product changes: a new review
    /// publishes its SKU's change, so it shows at once.
    /// </summary>
    private async Task<(ReviewSummary, IReadOnlyList<ReviewView>)> ReviewsAsync(ProductDetail product, ReviewFilter filter, Paging paging, CancellationToken ct)
    {
        var skus = product.Variants.Select(v => v.SkuId).Append(product.Sku.Id).ToList();
        var summary = await data.GetOrLoadAsync($"reviews:{product.SpuId}:summary", () => products.GetReviewSummaryAsync(product.SpuId, ct), _ => skus);
        if (summary.CountOf(filter) <= paging.Skip) return (summary, []);
        Task<IReadOnlyList<ReviewView>> Load() => products.GetReviewsAsync(product.SpuId, filter, paging.Skip, paging.Size, ct);
        var items = paging.Page <= CachedListPages
            ? await data.GetOrLoadAsync($"reviews:{product.SpuId}:{filter}:{paging.Page}:{paging.Size}", Load, _ => skus)
            : await Load();
        return (summary, items);
    }

    public Task<IReadOnlyList<SkuCardModel>> GetCardsAsync(IReadOnlyList<long> skuIds, CancellationToken ct = default) =>
        queries.GetCardsAsync(skuIds, ct);
}
