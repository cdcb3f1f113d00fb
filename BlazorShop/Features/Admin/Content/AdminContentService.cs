using System.Security.Claims;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ContentEntity = BlazorShop.Domain.Content;

namespace BlazorShop.Features.Admin.Content;

/// <summary>
/// Carousel slides and ad slots (content permission). Every change publishes <see cref="CatalogStructureChanged"/>: the
/// home page's cached content and the cached pages are dropped on every instance, so the next visit shows it at once.
/// </summary>
public sealed class AdminContentService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, AdminImages images, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<ContentSlot>> SlotsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Content);
        await using var db = contexts.CreateDbContext();
        return await db.ContentCategories.AsNoTracking().OrderBy(c => c.Id).Select(c => new ContentSlot(c.Id, c.Name, c.Key)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ContentRow>> ItemsAsync(ClaimsPrincipal user, int slotId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Content);
        await using var db = contexts.CreateDbContext();
        return await db.Contents.AsNoTracking().Where(c => c.CategoryId == slotId).OrderBy(c => c.Sequence).ThenBy(c => c.Id)
            .Select(c => new ContentRow(c.Id, c.CategoryId, c.Title, c.Url, c.Image, c.Text, c.Sequence, c.IsVisible)).ToListAsync(ct);
    }

    /// <summary>Saves a slide or ad; returns the errors (field → message), empty when saved.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(ClaimsPrincipal user, ContentInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Content);
        var errors = new Dictionary<string, string>();
        var title = input.Title.Trim();
        var url = input.Url.Trim();
        if (title.Length is 0 or > 100) errors[nameof(input.Title)] = text["Admin_TitleLength"];
        if (url.Length > 300 || !IsSafeLink(url)) errors[nameof(input.Url)] = text["Admin_BadLink"];
        if (input.Text is { Length: > 1000 }) errors[nameof(input.Text)] = text["Admin_TooLong"];
        if (input.Sequence is < 0 or > 10_000) errors[nameof(input.Sequence)] = text["Admin_SequenceRange"];
        await using var db = contexts.CreateDbContext();
        if (!await db.ContentCategories.AnyAsync(c => c.Id == input.SlotId, ct)) errors[nameof(input.SlotId)] = text["Admin_NotFound"];
        if (errors.Count > 0) return errors;

        ContentEntity item;
        if (input.Id == 0) db.Contents.Add(item = new ContentEntity { Title = title, CategoryId = input.SlotId });
        else if (await db.Contents.SingleOrDefaultAsync(c => c.Id == input.Id && c.CategoryId == input.SlotId, ct) is { } found) item = found;
        else return new Dictionary<string, string> { [nameof(input.Id)] = text["Admin_NotFound"] };
        item.Title = title;
        item.Url = url;
        item.Text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        item.Sequence = input.Sequence;
        item.IsVisible = input.IsVisible;
        audit.Add(db, user, AuditAreas.Content, input.Id == 0 ? "content.create" : "content.edit", "content:" + input.Id, $"{title}; visible {input.IsVisible}; #{input.Sequence}");
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new CatalogStructureChanged("content"), ct);
        return errors;
    }

    public async Task<bool> DeleteAsync(ClaimsPrincipal user, long id, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Content);
        await using var db = contexts.CreateDbContext();
        var item = await db.Contents.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (item is null) return false;
        db.Contents.Remove(item);
        audit.Add(db, user, AuditAreas.Content, "content.delete", "content:" + id, item.Title);
        await db.SaveChangesAsync(ct);
        await images.DeleteQuietlyAsync(item.Image is { } key && key.StartsWith("content/", StringComparison.Ordinal) ? key : null);
        await bus.PublishAsync(new CatalogStructureChanged("content"), ct);
        return true;
    }

    /// <summary>Replaces the item's image (checked by content); false when the upload is not an image or the item is gone.</summary>
    public async Task<bool> SetImageAsync(ClaimsPrincipal user, long id, Stream content, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Content);
        await using var db = contexts.CreateDbContext();
        var item = await db.Contents.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (item is null) return false;
        var key = await images.StoreAsync(content, "content", ct);
        if (key is null) return false;
        var previous = item.Image;
        item.Image = key;
        audit.Add(db, user, AuditAreas.Content, "content.image", "content:" + id, key);
        await db.SaveChangesAsync(ct);
        if (previous is not null && previous.StartsWith("content/", StringComparison.Ordinal)) await images.DeleteQuietlyAsync(previous);
        await bus.PublishAsync(new CatalogStructureChanged("content"), ct);
        return true;
    }

    /// <summary>A link a shopper may be sent to: a local path, or http(s) elsewhere; never javascript: or the like.</summary>
    public static bool IsSafeLink(string url) =>
        url.Length == 0
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
