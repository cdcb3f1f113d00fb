using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>The development outbox table: what the outbox senders "delivered", newest first.</summary>
public static class DevOutbox
{
    public const int Shown = 100;

    public static async Task StoreAsync(IDbContextFactory<ShopDbContext> dbFactory, DevOutboxMessage message, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.DevOutbox.Add(message);
        await db.SaveChangesAsync(ct);
    }

    public static async Task<List<DevOutboxMessage>> NewestAsync(IDbContextFactory<ShopDbContext> dbFactory, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DevOutbox.AsNoTracking().OrderByDescending(m => m.Id).Take(Shown).ToListAsync(ct);
    }
}
