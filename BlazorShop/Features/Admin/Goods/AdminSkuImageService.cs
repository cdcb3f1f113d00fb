using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// A SKU's gallery (goods permission): upload (checked by content, stored in the blob store), order, default image,
/// delete (the blob too). Each change is audited in its save and announced as <see cref="SkuChanged"/>, which drops
/// the SKU's cached product, list and search pages and page data on every instance, so shoppers see it at once.
/// </summary>
public sealed class AdminSkuImageService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, AdminImages images, IStringLocalizer<SharedResource> text)
{
    public const int MaxImages = 20;

    /// <summary>The prefix of the blob keys uploaded here (seeded images are shared and never deleted from here).</summary>
    public const string BlobPrefix = "skus";

    public async Task<SkuImagesDetail?> GetAsync(ClaimsPrincipal user, long skuId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var sku = await db.Skus.AsNoTracking().Where(s => s.Id == skuId).Select(s => new { s.Id, s.SpuId, s.Name, s.DefaultImage }).SingleOrDefaultAsync(ct);
        if (sku is null) return null;
        var rows = await db.SkuImages.AsNoTracking().Where(i => i.SkuId == skuId).OrderBy(i => i.Sequence).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Image, i.Sequence }).ToListAsync(ct);
        return new SkuImagesDetail(sku.Id, sku.SpuId, sku.Name, sku.DefaultImage,
            rows.Select(r => new SkuImageRow(r.Id, r.Image, r.Sequence, r.Image == sku.DefaultImage)).ToList());
    }

    /// <summary>Adds an image at the end of the gallery (the default if the SKU has none); returns the error, or null when added.</summary>
    public async Task<string?> UploadAsync(ClaimsPrincipal user, long skuId, Stream content, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var sku = await db.Skus.SingleOrDefaultAsync(s => s.Id == skuId, ct);
        if (sku is null) return text["Admin_NotFound"];
        var count = await db.SkuImages.CountAsync(i => i.SkuId == skuId, ct);
        if (count >= MaxImages) return string.Format(text["Admin_TooManyImages"], MaxImages);
        var key = await images.StoreAsync(content, BlobPrefix, ct);
        if (key is null) return text["Admin_NotAnImage"];
        var sequence = await db.SkuImages.Where(i => i.SkuId == skuId).MaxAsync(i => (int?)i.Sequence, ct) ?? 0;
        db.SkuImages.Add(new SkuImage { SkuId = skuId, Image = key, Sequence = sequence + 1 });
        if (string.IsNullOrEmpty(sku.DefaultImage)) sku.DefaultImage = key;
        audit.Add(db, user, AuditAreas.Goods, "sku.image.add", "sku:" + skuId, key);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            await images.DeleteQuietlyAsync(key);
            throw;
        }
        await AnnounceAsync(sku, ct);
        return null;
    }

    /// <summary>Puts the SKU's images in the given order (every image of the SKU exactly once); false if the list doesn't match.</summary>
    public async Task<bool> ReorderAsync(ClaimsPrincipal user, long skuId, IReadOnlyList<long> imageIds, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        if (imageIds is null) return false;
        await using var db = contexts.CreateDbContext();
        var sku = await db.Skus.AsNoTracking().SingleOrDefaultAsync(s => s.Id == skuId, ct);
        if (sku is null) return false;
        var rows = await db.SkuImages.Where(i => i.SkuId == skuId).ToListAsync(ct);
        if (imageIds.Count != rows.Count || imageIds.Distinct().Count() != rows.Count || rows.Any(r => !imageIds.Contains(r.Id))) return false;
        for (var i = 0; i < imageIds.Count; i++) rows.Single(r => r.Id == imageIds[i]).Sequence = i + 1;
        audit.Add(db, user, AuditAreas.Goods, "sku.image.order", "sku:" + skuId, string.Join(",", imageIds));
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(sku, ct);
        return true;
    }

    /// <summary>Moves one image a place earlier (-1) or later (+1) in its gallery; false when it is gone or already at that end.</summary>
    public async Task<bool> MoveAsync(ClaimsPrincipal user, long imageId, int offset, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var skuId = await db.SkuImages.AsNoTracking().Where(i => i.Id == imageId).Select(i => (long?)i.SkuId).SingleOrDefaultAsync(ct);
        if (skuId is null) return false;
        var order = await db.SkuImages.AsNoTracking().Where(i => i.SkuId == skuId).OrderBy(i => i.Sequence).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        var from = order.IndexOf(imageId);
        var to = from + Math.Sign(offset);
        if (offset == 0 || to < 0 || to >= order.Count) return false;
        (order[from], order[to]) = (order[to], order[from]);
        return await ReorderAsync(user, skuId.Value, order, ct);
    }

    /// <summary>Makes an image the SKU's default (its cards, cart and order lines); false when the image is gone.</summary>
    public async Task<bool> SetDefaultAsync(ClaimsPrincipal user, long imageId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var image = await db.SkuImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == imageId, ct);
        if (image is null) return false;
        var sku = await db.Skus.SingleAsync(s => s.Id == image.SkuId, ct);
        if (sku.DefaultImage == image.Image) return true;
        sku.DefaultImage = image.Image;
        audit.Add(db, user, AuditAreas.Goods, "sku.image.default", "sku:" + sku.Id, image.Image);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(sku, ct);
        return true;
    }

    /// <summary>Removes an image (and its blob, if uploaded here); the default passes to the first image left.</summary>
    public async Task<bool> DeleteAsync(ClaimsPrincipal user, long imageId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var image = await db.SkuImages.SingleOrDefaultAsync(i => i.Id == imageId, ct);
        if (image is null) return false;
        var sku = await db.Skus.SingleAsync(s => s.Id == image.SkuId, ct);
        db.SkuImages.Remove(image);
        if (sku.DefaultImage == image.Image)
            sku.DefaultImage = await db.SkuImages.Where(i => i.SkuId == sku.Id && i.Id != imageId).OrderBy(i => i.Sequence).ThenBy(i => i.Id)
                .Select(i => i.Image).FirstOrDefaultAsync(ct);
        audit.Add(db, user, AuditAreas.Goods, "sku.image.delete", "sku:" + sku.Id, image.Image);
        await db.SaveChangesAsync(ct);
        if (image.Image.StartsWith(BlobPrefix + "/", StringComparison.Ordinal)
            && !await db.SkuImages.AnyAsync(i => i.Image == image.Image, ct) && !await db.Skus.AnyAsync(s => s.DefaultImage == image.Image, ct))
            await images.DeleteQuietlyAsync(image.Image);
        await AnnounceAsync(sku, ct);
        return true;
    }

    private Task AnnounceAsync(Sku sku, CancellationToken ct) => bus.PublishAsync(new SkuChanged(sku.Id, sku.Price, sku.Stock, sku.IsLaunched), ct);
}
