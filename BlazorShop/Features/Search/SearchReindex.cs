using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// For a change the index maintenance can't see from the SKU rows (a brand or category renamed or moved): the SKUs
/// are loaded into the saving context and marked, so that save gives them fresh tokens (<see cref="SearchIndexInterceptor"/>,
/// with the new names from the tracked brand or category) and the in-memory index reads them again.
/// </summary>
public static class SearchReindex
{
    /// <summary>Marks the SKUs (a query of <paramref name="db"/>) for re-indexing in its next save; returns how many.</summary>
    public static async Task<int> MarkAsync(ShopDbContext db, IQueryable<Sku> skus, CancellationToken ct = default)
    {
        var list = await skus.ToListAsync(ct);
        foreach (var sku in list) db.Entry(sku).Property(s => s.SearchTags).IsModified = true;
        return list.Count;
    }
}
