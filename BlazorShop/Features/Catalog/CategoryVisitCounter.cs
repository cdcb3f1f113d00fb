using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Catalog;

/// <summary>Counts list-page visits per category and China day, for the admin dashboard.</summary>
public sealed class CategoryVisitCounter(IDbContextFactory<ShopDbContext> contexts, TimeProvider clock, ILogger<CategoryVisitCounter> logger)
{
    public async Task CountAsync(int categoryId, CancellationToken ct = default)
    {
        var today = Display.ChinaToday(clock);
        try
        {
            await using var db = contexts.CreateDbContext();
            // Increment in the database (no read-modify-write race); the first visit of the day inserts the row,
            // and if two first visits race, the loser's insert hits the unique index and it increments instead.
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var updated = await db.CategoryVisits.Where(v => v.CategoryId == categoryId && v.Date == today)
                    .ExecuteUpdateAsync(u => u.SetProperty(v => v.Count, v => v.Count + 1), ct);
                if (updated > 0) return;
                try
                {
                    db.CategoryVisits.Add(new CategoryVisit { CategoryId = categoryId, Date = today, Count = 1 });
                    await db.SaveChangesAsync(ct);
                    return;
                }
                catch (DbUpdateException) { db.ChangeTracker.Clear(); }
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // A lost visit count must never break the page the shopper is looking at.
            logger.LogWarning(e, "Could not count a visit of category {CategoryId}", categoryId);
        }
    }

    public async Task<int> GetAsync(int categoryId, DateOnly day, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.CategoryVisits.AsNoTracking().Where(v => v.CategoryId == categoryId && v.Date == day).Select(v => v.Count).FirstOrDefaultAsync(ct);
    }
}
