using BlazorShop.Features.Catalog;
using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Shared;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Catalog page data held in memory, for rendering pages without a database. <see cref="Gate"/> holds every
/// answer back (the loading state); <see cref="Failure"/> makes every call fail (the error state).</summary>
public sealed class FakeCatalogPages : ICatalogPages
{
    public HomePageData Home { get; set; } = new([], [], [], [], []);
    public Dictionary<int, CategoryListing> Lists { get; } = [];
    public Dictionary<long, ProductPageData> Products { get; } = [];
    public List<SkuCardModel> Cards { get; } = [];
    public Exception? Failure { get; set; }
    public TaskCompletionSource? Gate { get; set; }
    public List<(int Category, string Sort, Paging Paging)> ListRequests { get; } = [];

    public Task<HomePageData> GetHomeAsync(CancellationToken ct = default) => Answer(() => Home);

    public Task<CategoryListing?> GetListAsync(int categoryId, string sort, Paging paging, CancellationToken ct = default)
    {
        ListRequests.Add((categoryId, sort, paging));
        return Answer(() => Lists.GetValueOrDefault(categoryId));
    }

    public Task<ProductPageData?> GetProductAsync(long skuId, CancellationToken ct = default) => Answer(() => Products.GetValueOrDefault(skuId));

    /// <summary>All of a product's reviews by its SKU id; the fake pages and filters them as the real one does.</summary>
    public Dictionary<long, List<ReviewView>> Reviews { get; } = [];

    public Task<ProductReviews?> GetReviewsAsync(long skuId, ReviewFilter filter, int page, CancellationToken ct = default) => Answer(() =>
    {
        if (Products.GetValueOrDefault(skuId) is not { } product) return null;
        var all = Reviews.GetValueOrDefault(skuId) ?? [];
        var (min, max) = filter.Scores();
        var summary = ReviewSummary.FromScores(all.GroupBy(r => r.Score).ToDictionary(g => g.Key, g => g.Count()));
        var paging = new Paging(Math.Max(1, page), ProductReviews.PageSize);
        var items = all.Where(r => r.Score >= min && r.Score <= max).OrderByDescending(r => r.At).Skip(paging.Skip).Take(paging.Size).ToList();
        return (ProductReviews?)new ProductReviews(product.Product, summary, items, filter, paging);
    });

    public Task<IReadOnlyList<SkuCardModel>> GetCardsAsync(IReadOnlyList<long> skuIds, CancellationToken ct = default) =>
        Answer<IReadOnlyList<SkuCardModel>>(() => skuIds.Select(id => Cards.FirstOrDefault(c => c.Id == id)).OfType<SkuCardModel>().ToList());

    private async Task<T> Answer<T>(Func<T> value)
    {
        if (Failure is not null) throw Failure;
        if (Gate is not null) await Gate.Task;
        return value();
    }

    public static SkuCardModel Card(long id, string name, decimal price, int stock = 10, int sales = 0) =>
        new() { Id = id, Name = name, Caption = name + " caption", Price = price, MarketPrice = price + 100, Stock = stock, IsLaunched = true, Sales = sales };
}
