using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// Search over launched SKUs' names and captions: every term must match; ranked by name-match then sales
/// (or the chosen sort); filtered and faceted by category, brand and price. Bad input gives an empty result,
/// never an exception.
/// </summary>
/// <remarks>
/// One index-backed query fetches a narrow row per match (id, name-hit, category, brand, price, sales, time);
/// count, facets, sorting and paging are then done on those rows, and only the page's cards are loaded. The
/// matched rows' heap pages are the expensive part of a search, so they are visited once, not once per facet.
/// </remarks>
public sealed class SearchService(IDbContextFactory<ShopDbContext> contexts, ISkuSearchIndex index, CatalogCache cache)
{
    private sealed record Match(long Id, int NameHit, int CategoryId, int BrandId, decimal Price, int Sales, DateTime CreatedAt);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var paging = Paging.From(request.Page, request.PageSize);
        var sort = CatalogSort.Normalize(request.Sort);
        var query = (request.Query ?? "").Trim();
        if (query.Length > SearchTokenizer.MaxQueryLength) query = query[..SearchTokenizer.MaxQueryLength];
        var terms = SearchTokenizer.ForQuery(query);
        if (terms.Count == 0) return SearchResult.Empty(query, paging, sort);

        await using var db = contexts.CreateDbContext();
        var matches = await index.Match(db, terms).AsNoTracking().Where(x => x.Sku.IsLaunched)
            .Select(x => new Match(x.Sku.Id, x.NameHit, x.Sku.CategoryId, x.Sku.Spu!.BrandId, x.Sku.Price, x.Sku.Sales, x.Sku.CreatedAt))
            .ToListAsync(ct);

        var price = PriceBuckets.Parse(request.Price);
        bool InCategory(Match m) => request.CategoryId is not { } c || m.CategoryId == c;
        bool InBrand(Match m) => request.BrandId is not { } b || m.BrandId == b;
        bool InPrice(Match m) => price is not { } p || (m.Price >= p.Min && (p.Max is null || m.Price < p.Max));

        var filtered = matches.Where(m => InCategory(m) && InBrand(m) && InPrice(m)).ToList();
        var pageIds = Sort(filtered, sort).Skip(paging.Skip).Take(paging.Size).Select(m => m.Id).ToList();
        var cards = pageIds.Count == 0 ? [] : await db.Skus.AsNoTracking().Where(s => pageIds.Contains(s.Id))
            .Select(SkuCardModel.Projection).ToListAsync(ct);
        var items = pageIds.Select(id => cards.First(c => c.Id == id)).ToList();

        // Each facet counts the matches with the other facets' filters applied, so its numbers are what a click gives.
        var tree = await cache.GetTreeAsync();
        var categories = matches.Where(m => InBrand(m) && InPrice(m)).GroupBy(m => m.CategoryId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new FacetValue(g.Key.ToString(), tree.TryGetValue(g.Key, out var n) ? n.Name : g.Key.ToString(), g.Count())).ToList();
        var brandCounts = matches.Where(m => InCategory(m) && InPrice(m)).GroupBy(m => m.BrandId)
            .Select(g => (Id: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Id).ToList();
        var brandIds = brandCounts.Select(b => b.Id).ToList();
        var brandNames = brandIds.Count == 0 ? [] : await db.Brands.AsNoTracking().Where(b => brandIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var brands = brandCounts.Select(b => new FacetValue(b.Id.ToString(), brandNames.GetValueOrDefault(b.Id, b.Id.ToString()), b.Count)).ToList();
        var prices = matches.Where(m => InCategory(m) && InBrand(m)).GroupBy(m => PriceBuckets.IndexOfPrice(m.Price))
            .OrderBy(g => g.Key).Select(g => new FacetValue(PriceBuckets.All[g.Key].Key, PriceBuckets.Label(PriceBuckets.All[g.Key].Key), g.Count())).ToList();

        return new SearchResult(query, terms, items, filtered.Count, paging, sort, categories, brands, prices);
    }

    /// <summary>The same orders as <see cref="CatalogSort"/>; "default" is relevance: name matches first, then sales.</summary>
    private static IEnumerable<Match> Sort(IEnumerable<Match> matches, string sort) => sort switch
    {
        CatalogSort.Price => matches.OrderBy(m => m.Price).ThenBy(m => m.Id),
        CatalogSort.Sales => matches.OrderByDescending(m => m.Sales).ThenBy(m => m.Id),
        CatalogSort.Newest => matches.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id),
        _ => matches.OrderByDescending(m => m.NameHit).ThenByDescending(m => m.Sales).ThenBy(m => m.Id),
    };
}
