using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Notices;

/// <summary>A shopper's message centre: their notices only (another user's notice id is "not found").</summary>
public sealed class NoticeCentre(IDbContextFactory<ShopDbContext> contexts, IEventBus bus, IOptions<NoticeOptions> options, TimeProvider clock)
{
    public async Task<int> UnreadAsync(long userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notices.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    public async Task<NoticePage> ListAsync(long userId, int page, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var size = options.Value.PageSize;
        var mine = db.Notices.AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(ct);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        page = Math.Clamp(page, 1, pageCount);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * size).Take(size)
            .Select(n => new NoticeView(n.Id, n.Kind, n.Subject, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        return new NoticePage(items, page, pageCount, total, unread);
    }

    /// <returns>false when the notice is not this user's (or does not exist).</returns>
    public async Task<bool> MarkReadAsync(long userId, long noticeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var mine = db.Notices.Where(n => n.Id == noticeId && n.UserId == userId);
        if (!await mine.AnyAsync(ct)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct) > 0)
            await bus.PublishAsync(new NoticesChanged(userId), ct);
        return true;
    }

    public async Task MarkAllReadAsync(long userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Notices.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct) > 0)
            await bus.PublishAsync(new NoticesChanged(userId), ct);
    }
}
