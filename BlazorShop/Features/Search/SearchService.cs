using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// Search over launched SKUs' names and captions: every term must match; ranked by name-match then sales
/// (or the chosen sort); filtered and faceted by category, brand and price. Bad input gives an empty result,
/// never an exception.
/// </summary>
public sealed class SearchService(IDbContextFactory<ShopDbContext> contexts, ISkuSearchIndex index, CatalogCache cache)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var paging = Paging.From(request.Page, request.PageSize);
        var sort = CatalogSort.Normalize(request.Sort);
        var query = (request.Query ?? "").Trim();
        if (query.Length > SearchTokenizer.MaxQueryLength) query = query[..SearchTokenizer.MaxQueryLength];
        var terms = SearchTokenizer.ForQuery(query);
        if (terms.Count == 0) return SearchResult.Empty(query, paging, sort);

        await using var db = contexts.CreateDbContext();
        var matched = index.Match(db, terms).AsNoTracking().Where(x => x.Sku.IsLaunched);
        var price = PriceBuckets.Parse(request.Price);

        IQueryable<ScoredSku> Filter(IQueryable<ScoredSku> q, bool category = true, bool brand = true, bool prices = true)
        {
            if (category && request.CategoryId is { } c) q = q.Where(x => x.Sku.CategoryId == c);
            if (brand && request.BrandId is { } b) q = q.Where(x => x.Sku.Spu!.BrandId == b);
            if (prices && price is { } p)
            {
                q = q.Where(x => x.Sku.Price >= p.Min);
                if (p.Max is { } max) q = q.Where(x => x.Sku.Price < max);
            }
            return q;
        }

        var filtered = Filter(matched);
        var total = await filtered.CountAsync(ct);
        var ordered = sort == CatalogSort.Default
            ? filtered.OrderByDescending(x => x.NameHit).ThenByDescending(x => x.Sku.Sales).ThenBy(x => x.Sku.Id).Select(x => x.Sku)
            : CatalogSort.Apply(filtered.Select(x => x.Sku), sort);
        var items = total == 0 ? [] : await ordered.Skip(paging.Skip).Take(paging.Size).Select(SkuCardModel.Projection).ToListAsync(ct);

        // Each facet counts the result with the other facets' filters applied, so its numbers are what a click gives.
        var tree = await cache.GetTreeAsync();
        var categories = (await Filter(matched, category: false).GroupBy(x => x.Sku.CategoryId)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(g => g.Count)
            .Select(g => new FacetValue(g.Key.ToString(), tree.TryGetValue(g.Key, out var n) ? n.Name : g.Key.ToString(), g.Count)).ToList();
        var brands = (await Filter(matched, brand: false).GroupBy(x => new { x.Sku.Spu!.BrandId, x.Sku.Spu.Brand!.Name })
                .Select(g => new { g.Key.BrandId, g.Key.Name, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(g => g.Count).Select(g => new FacetValue(g.BrandId.ToString(), g.Name, g.Count)).ToList();
        var priceCounts = await Filter(matched, prices: false).Select(x => x.Sku).GroupBy(PriceBuckets.IndexOf)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var prices = priceCounts.OrderBy(g => g.Key)
            .Select(g => new FacetValue(PriceBuckets.All[g.Key].Key, PriceBuckets.Label(PriceBuckets.All[g.Key].Key), g.Count)).ToList();

        return new SearchResult(query, terms, items, total, paging, sort, categories, brands, prices);
    }
}
