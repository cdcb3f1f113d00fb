using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// SKUs written before the search columns existed (a database upgraded by the Search or SearchFields migration:
/// their SearchTags is empty) get their tokens
/// here, at start-up; saving them fires the index maintenance of either provider.
/// </summary>
public static class SearchIndexBackfill
{
    public static async Task<int> RunAsync(ShopDbContext db, CancellationToken ct = default)
    {
        var total = 0;
        var after = 0L; // by id, so a name without any searchable character cannot keep us looping
        while (true)
        {
            var stale = await db.Skus.Where(s => s.Id > after && s.SearchTags == "" && s.Name != "").OrderBy(s => s.Id).Take(500).ToListAsync(ct);
            if (stale.Count == 0) return total;
            after = stale[^1].Id;
            foreach (var sku in stale) db.Entry(sku).Property(s => s.SearchTags).IsModified = true;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += stale.Count;
        }
    }
}
