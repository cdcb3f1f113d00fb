using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// Fixed-window limits that hold across app instances: each hit is one conditional UPDATE (or the INSERT of a new
/// key), so parallel requests can never count past the limit — the database serialises them.
/// </summary>
public sealed class RateCounters(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Counts one hit on <paramref name="key"/> unless <paramref name="limit"/> hits were counted in the window.</summary>
    /// <returns>null when counted; otherwise how long until the window ends.</returns>
    public async Task<TimeSpan?> TryHitAsync(string key, int limit, TimeSpan window, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var windowFloor = now - window;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // In the current window and under the limit: count it.
            if (await db.RateCounters.Where(c => c.Key == key && c.WindowStart > windowFloor && c.Count < limit)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + 1), ct) == 1)
                return null;
            // The window has passed: this hit starts the next one.
            if (await db.RateCounters.Where(c => c.Key == key && c.WindowStart <= windowFloor)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, 1).SetProperty(c => c.WindowStart, now), ct) == 1)
                return null;
            var started = await db.RateCounters.Where(c => c.Key == key).Select(c => (DateTime?)c.WindowStart).FirstOrDefaultAsync(ct);
            if (started is { } start)
            {
                if (start > windowFloor) return start + window - now; // at the limit
                continue; // the window ended between the two statements
            }
            // First hit on this key (another request may be inserting it right now: then go round again).
            db.RateCounters.Add(new RateCounter { Key = key, WindowStart = now, Count = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
        return window;
    }
}
