using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Notices;

/// <summary>
/// "到货通知": a signed-in shopper subscribes to a sold-out SKU and, when its stock comes back, gets exactly one notice in
/// the message centre (and live on their open pages). <see cref="NotifyAsync"/> is safe when several instances hear the
/// same restock: each alert is claimed with a conditional update, and only its claimer writes the notice.
/// </summary>
public sealed class StockAlerts(IDbContextFactory<ShopDbContext> contexts, IOptions<NoticeOptions> options, TimeProvider clock)
{
    public async Task<bool> IsWaitingAsync(long userId, long skuId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.StockAlerts.AnyAsync(a => a.UserId == userId && a.SkuId == skuId && a.NotifiedAt == null, ct);
    }

    public async Task<StockAlertOutcome> SubscribeAsync(long userId, long skuId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sku = await db.Skus.AsNoTracking().Where(s => s.Id == skuId && s.IsLaunched).Select(s => new { s.Stock }).FirstOrDefaultAsync(ct);
        if (sku is null) return StockAlertOutcome.NotFound;
        if (sku.Stock > 0) return StockAlertOutcome.InStock;
        var existing = await db.StockAlerts.FirstOrDefaultAsync(a => a.UserId == userId && a.SkuId == skuId, ct);
        if (existing is { NotifiedAt: null }) return StockAlertOutcome.AlreadySubscribed;
        if (await db.StockAlerts.CountAsync(a => a.UserId == userId && a.NotifiedAt == null, ct) >= options.Value.MaxStockAlerts)
            return StockAlertOutcome.TooMany;
        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is not null) (existing.NotifiedAt, existing.CreatedAt) = (null, now); // told before, sold out again
        else db.StockAlerts.Add(new StockAlert { UserId = userId, SkuId = skuId, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return StockAlertOutcome.AlreadySubscribed; // a double click on two tabs
        }
        return StockAlertOutcome.Subscribed;
    }

    public async Task<StockAlertOutcome> CancelAsync(long userId, long skuId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.StockAlerts.Where(a => a.UserId == userId && a.SkuId == skuId && a.NotifiedAt == null).ExecuteDeleteAsync(ct);
        return StockAlertOutcome.Cancelled;
    }

    /// <summary>
    /// The SKU has stock again: tells each waiting subscriber once. Returns the users told by this call (others may
    /// have been told by another instance hearing the same change).
    /// </summary>
    public async Task<IReadOnlyList<long>> NotifyAsync(long skuId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var waiting = await db.StockAlerts.AsNoTracking().Where(a => a.SkuId == skuId && a.NotifiedAt == null)
            .Select(a => new { a.Id, a.UserId }).ToListAsync(ct);
        if (waiting.Count == 0) return [];
        var sku = await db.Skus.AsNoTracking().Where(s => s.Id == skuId).Select(s => new { s.Name, s.Stock, s.IsLaunched }).FirstOrDefaultAsync(ct);
        if (sku is not { Stock: > 0, IsLaunched: true }) return [];
        var told = new List<long>();
        foreach (var alert in waiting)
        {
            var claimed = await db.InTransactionAsync(async tx =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                if (await db.StockAlerts.Where(a => a.Id == alert.Id && a.NotifiedAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(a => a.NotifiedAt, now), ct) != 1)
                    return false;
                db.Notices.Add(new Notice
                {
                    UserId = alert.UserId, Kind = NoticeKind.BackInStock, Subject = sku.Name, Link = $"/goods/{skuId}", CreatedAt = now,
                });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return true;
            }, ct);
            if (claimed) told.Add(alert.UserId);
        }
        return told;
    }
}
