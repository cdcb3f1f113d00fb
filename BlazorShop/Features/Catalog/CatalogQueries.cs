using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Shared;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Catalog;

/// <summary>Read-side queries of the catalog pages: projected, no tracking, one round trip per list.</summary>
public sealed class CatalogQueries(IDbContextFactory<ShopDbContext> contexts, CatalogCache cache)
{
    public const int HotSellerCount = 5;
    public const int FloorSize = 8;

    /// <summary>Launched SKUs under a category of any level (a level-1 page shows everything beneath it).</summary>
    internal static IQueryable<Sku> InCategory(ShopDbContext db, int categoryId, int level) => level switch
    {
        1 => db.Skus.Where(s => s.Spu!.Category1Id == categoryId),
        2 => db.Skus.Where(s => s.Spu!.Category2Id == categoryId),
        _ => db.Skus.Where(s => s.CategoryId == categoryId),
    };

    public async Task<CategoryListing?> GetListAsync(int categoryId, string sort, Paging paging, CancellationToken ct = default)
    {
        var tree = await cache.GetTreeAsync();
        if (!tree.TryGetValue(categoryId, out var node)) return null;
        await using var db = contexts.CreateDbContext();
        var skus = InCategory(db, categoryId, node.Level).AsNoTracking().Where(s => s.IsLaunched);
        var total = await skus.CountAsync(ct);
        var items = await CatalogSort.Apply(skus, sort).Skip(paging.Skip).Take(paging.Size).Select(SkuCardModel.Projection).ToListAsync(ct);
        var hot = await BestPerProductAsync(db, skus, HotSellerCount, ct);
        var children = tree.Values.Where(c => c.ParentId == categoryId).OrderBy(c => c.Sequence).Select(c => c.Link).ToList();
        return new CategoryListing(node.Link, BreadcrumbOf(tree, categoryId), items, total, hot, children);
    }

    public static Breadcrumb BreadcrumbOf(IReadOnlyDictionary<int, CategoryNode> tree, int categoryId)
    {
        var path = new List<CategoryLink>();
        for (int? id = categoryId; id is not null && tree.TryGetValue(id.Value, out var node); id = node.ParentId)
            path.Insert(0, node.Link);
        return new Breadcrumb(path);
    }

    /// <summary>Home page floors: for each level-1 category, its best-selling launched SKUs.</summary>
    public async Task<IReadOnlyList<Floor>> GetFloorsAsync(CancellationToken ct = default)
    {
        var tree = await cache.GetTreeAsync();
        var tops = tree.Values.Where(c => c.Level == 1).OrderBy(c => c.Sequence).ToList();
        await using var db = contexts.CreateDbContext();
        var floors = new List<Floor>();
        foreach (var top in tops)
        {
            var items = WithoutHoles(await BestPerProductAsync(db, InCategory(db, top.Id, 1).AsNoTracking().Where(s => s.IsLaunched), FloorSize, ct));
            var subs = tree.Values.Where(c => c.ParentId == top.Id).OrderBy(c => c.Sequence).Select(c => c.Link).ToList();
            floors.Add(new Floor(top.Link, subs, items));
        }
        return floors;
    }

    /// <summary>Best sellers of one category (any level), for the product page's side.</summary>
    public async Task<IReadOnlyList<SkuCardModel>> GetHotSellersAsync(int categoryId, int count, long? except = null, CancellationToken ct = default)
    {
        var tree = await cache.GetTreeAsync();
        if (!tree.TryGetValue(categoryId, out var node)) return [];
        await using var db = contexts.CreateDbContext();
        var spuOfExcept = except is { } e ? await db.Skus.Where(s => s.Id == e).Select(s => (long?)s.SpuId).FirstOrDefaultAsync(ct) : null;
        return await BestPerProductAsync(db, InCategory(db, categoryId, node.Level).AsNoTracking()
            .Where(s => s.IsLaunched && s.Id != except && s.SpuId != spuOfExcept), count, ct);
    }

    public async Task<IReadOnlyList<SkuCardModel>> GetHotSellersAsync(int count, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return WithoutHoles(await BestPerProductAsync(db, db.Skus.AsNoTracking().Where(s => s.IsLaunched), count, ct));
    }

    /// <summary>
    /// The best sellers as one card per product (SPU): its best variant — in stock before sold out, then by sales —
    /// so a row never shows the same phone twice in two sizes nor leads with something nobody can buy.
    /// </summary>
    internal static async Task<IReadOnlyList<SkuCardModel>> BestPerProductAsync(ShopDbContext db, IQueryable<Sku> skus, int count, CancellationToken ct)
    {
        // Candidates in order (bounded: a product rarely has more variants than this factor); the first of each SPU wins.
        var candidates = await skus.OrderByDescending(s => s.Stock > 0).ThenByDescending(s => s.Sales).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.SpuId }).Take(count * 10).ToListAsync(ct);
        var ids = candidates.DistinctBy(c => c.SpuId).Take(count).Select(c => c.Id).ToList();
        var cards = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(SkuCardModel.Projection).ToListAsync(ct);
        return ids.Select(id => cards.First(c => c.Id == id)).ToList();
    }

    /// <summary>Tile grids have 2 or 4 columns: a row of cards is cut to a multiple of 4 (when it has at least 4), so no row has holes.</summary>
    public static IReadOnlyList<SkuCardModel> WithoutHoles(IReadOnlyList<SkuCardModel> cards) =>
        cards.Count < GridColumns ? cards : cards.Take(cards.Count - cards.Count % GridColumns).ToList();

    /// <summary>The most columns a tile grid has (app.css: .sku-grid).</summary>
    public const int GridColumns = 4;

    /// <summary>Cards for the given ids, in the given order (browse history).</summary>
    public async Task<IReadOnlyList<SkuCardModel>> GetCardsAsync(IReadOnlyList<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        await using var db = contexts.CreateDbContext();
        var cards = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(SkuCardModel.Projection).ToListAsync(ct);
        return ids.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<SkuCardModel>().ToList();
    }
}
