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
        var hot = await skus.BestSelling().Take(HotSellerCount).Select(SkuCardModel.Projection).ToListAsync(ct);
        var children = tree.Values.Where(c => c.ParentId == categoryId).OrderBy(c => c.Sequence).Select(c => new CategoryLink(c.Id, c.Name)).ToList();
        return new CategoryListing(new CategoryLink(node.Id, node.Name), BreadcrumbOf(tree, categoryId), items, total, hot, children);
    }

    public static Breadcrumb BreadcrumbOf(IReadOnlyDictionary<int, CategoryNode> tree, int categoryId)
    {
        var path = new List<CategoryLink>();
        for (int? id = categoryId; id is not null && tree.TryGetValue(id.Value, out var node); id = node.ParentId)
            path.Insert(0, new CategoryLink(node.Id, node.Name));
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
            var items = await InCategory(db, top.Id, 1).AsNoTracking().Where(s => s.IsLaunched)
                .BestSelling().Take(FloorSize).Select(SkuCardModel.Projection).ToListAsync(ct);
            var subs = tree.Values.Where(c => c.ParentId == top.Id).OrderBy(c => c.Sequence).Select(c => new CategoryLink(c.Id, c.Name)).ToList();
            floors.Add(new Floor(new CategoryLink(top.Id, top.Name), subs, items));
        }
        return floors;
    }

    /// <summary>Best sellers of one category (any level), for the product page's side.</summary>
    public async Task<IReadOnlyList<SkuCardModel>> GetHotSellersAsync(int categoryId, int count, long? except = null, CancellationToken ct = default)
    {
        var tree = await cache.GetTreeAsync();
        if (!tree.TryGetValue(categoryId, out var node)) return [];
        await using var db = contexts.CreateDbContext();
        return await InCategory(db, categoryId, node.Level).AsNoTracking().Where(s => s.IsLaunched && s.Id != except)
            .BestSelling().Take(count).Select(SkuCardModel.Projection).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SkuCardModel>> GetHotSellersAsync(int count, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Skus.AsNoTracking().Where(s => s.IsLaunched).BestSelling()
            .Take(count).Select(SkuCardModel.Projection).ToListAsync(ct);
    }

    /// <summary>Cards for the given ids, in the given order (browse history).</summary>
    public async Task<IReadOnlyList<SkuCardModel>> GetCardsAsync(IReadOnlyList<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        await using var db = contexts.CreateDbContext();
        var cards = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(SkuCardModel.Projection).ToListAsync(ct);
        return ids.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<SkuCardModel>().ToList();
    }
}
