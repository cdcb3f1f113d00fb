using BlazorShop.Shared;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// The one way SKU sale data changes outside checkout (the back office uses it): validates, saves with the row
/// version, and announces the change so every open page shows it.
/// </summary>
public sealed class SkuEditor(IDbContextFactory<ShopDbContext> contexts, IEventBus bus, IStringLocalizer<SharedResource> text)
{
    /// <summary>Longest English name and caption (the columns' lengths).</summary>
    public const int MaxNameEn = 200, MaxCaptionEn = 300;

    public Task UpdateAsync(long skuId, SkuEdit edit, CancellationToken ct = default) => SaveAsync(skuId, edit, null, ct);

    /// <summary>
    /// Saves the edit; <paramref name="beforeSave"/> may add rows to the same save (the back office's audit entry).
    /// Returns the SKU as saved (its new row version).
    /// </summary>
    public async Task<Sku> SaveAsync(long skuId, SkuEdit edit, Action<ShopDbContext, Sku>? beforeSave, CancellationToken ct = default)
    {
        if (edit.Price is < 0 or > 10_000_000) throw new ArgumentOutOfRangeException(nameof(edit), text["SkuPriceRange"]);
        if (edit.Price is { } p && decimal.Round(p, 2) != p) throw new ArgumentException(text["SkuPriceDecimals"], nameof(edit));
        if (edit.MarketPrice is < 0 or > 10_000_000) throw new ArgumentOutOfRangeException(nameof(edit), text["SkuPriceRange"]);
        if (edit.MarketPrice is { } mp && decimal.Round(mp, 2) != mp) throw new ArgumentException(text["SkuPriceDecimals"], nameof(edit));
        if (edit.Stock is < 0 or > 10_000_000) throw new ArgumentOutOfRangeException(nameof(edit), text["SkuStockRange"]);
        if (edit.Name is { } n && (string.IsNullOrWhiteSpace(n) || n.Length > 100)) throw new ArgumentException(text["SkuNameLength"], nameof(edit));
        if (edit.Caption is { Length: > 200 }) throw new ArgumentException(text["SkuCaptionLength"], nameof(edit));
        if (edit.NameEn?.Trim() is { Length: > MaxNameEn }) throw new ArgumentException(text["SkuNameEnLength"], nameof(edit));
        if (edit.CaptionEn?.Trim() is { Length: > MaxCaptionEn }) throw new ArgumentException(text["SkuCaptionLength"], nameof(edit));

        await using var db = contexts.CreateDbContext();
        var sku = await db.Skus.SingleOrDefaultAsync(s => s.Id == skuId, ct) ?? throw new KeyNotFoundException($"SKU {skuId} does not exist");
        if (edit.ExpectedRowVersion is { } expected)
        {
            // Changed since the editor read it: refuse now; changed between this read and the UPDATE: the UPDATE's
            // "WHERE RowVersion = expected" matches nothing and EF throws the same exception.
            if (sku.RowVersion != expected) throw new DbUpdateConcurrencyException($"SKU {skuId} changed since it was read");
            db.Entry(sku).Property(s => s.RowVersion).OriginalValue = expected;
        }
        if (edit.Price is { } price) sku.Price = price;
        if (edit.MarketPrice is { } marketPrice) sku.MarketPrice = marketPrice;
        if (edit.Stock is { } stock) sku.Stock = stock;
        if (edit.IsLaunched is { } launched) sku.IsLaunched = launched;
        if (edit.Name is { } name) sku.Name = name.Trim();
        if (edit.Caption is { } caption) sku.Caption = caption.Trim();
        if (edit.NameEn is { } nameEn) sku.NameEn = CatalogText.Twin(nameEn);
        if (edit.CaptionEn is { } captionEn) sku.CaptionEn = CatalogText.Twin(captionEn);
        beforeSave?.Invoke(db, sku);
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new SkuChanged(sku.Id, sku.Price, sku.Stock, sku.IsLaunched), ct);
        return sku;
    }
}
