using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// The SKU grid's data and edits. Every method checks the caller has the goods permission. Edits go through
/// <see cref="SkuEditor"/> (validation, row version, <c>SkuChanged</c> on the bus so shoppers' open pages follow), with an
/// audit entry in the same save.
/// </summary>
public sealed class AdminSkuService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, SkuEditor editor, AuditLog audit,
    IOptions<AdminOptions> options, IStringLocalizer<SharedResource> text)
{
    public const decimal MaxMoney = 10_000_000m;
    public const int MaxStock = 10_000_000;

    public async Task<SkuGridResult> QueryAsync(ClaimsPrincipal user, SkuGridQuery query, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var q = Filter(db.Skus.AsNoTracking(), query);
        var total = await q.CountAsync(ct);
        var rows = await Sort(q, query).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 200)).Select(Projection(db)).ToListAsync(ct);
        return new SkuGridResult(rows, total);
    }

    /// <summary>Every row the filter matches (in the grid's order), for the CSV export.</summary>
    public async Task<IReadOnlyList<SkuGridRow>> ExportAsync(ClaimsPrincipal user, SkuGridQuery query, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        return await Sort(Filter(db.Skus.AsNoTracking(), query), query).Take(options.Value.MaxExportRows).Select(Projection(db)).ToListAsync(ct);
    }

    /// <summary>Validates an inline edit: field name → message (empty when valid).</summary>
    public IReadOnlyDictionary<string, string> Validate(SkuRowEdit edit)
    {
        var errors = new Dictionary<string, string>();
        CheckMoney(nameof(edit.Price), edit.Price);
        CheckMoney(nameof(edit.MarketPrice), edit.MarketPrice);
        if (edit.Stock is < 0 or > MaxStock) errors[nameof(edit.Stock)] = text["SkuStockRange"];
        if (edit.NameEn?.Trim() is { Length: > SkuEditor.MaxNameEn }) errors[nameof(edit.NameEn)] = text["SkuNameEnLength"];
        return errors;

        void CheckMoney(string field, decimal value)
        {
            if (value is < 0 or > MaxMoney) errors[field] = text["SkuPriceRange"];
            else if (decimal.Round(value, 2) != value) errors[field] = text["SkuPriceDecimals"];
        }
    }

    public async Task<SkuSaveResult> SaveAsync(ClaimsPrincipal user, SkuRowEdit edit, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        var errors = Validate(edit);
        if (errors.Count > 0) return new SkuSaveResult(SkuSaveStatus.Invalid, Errors: errors);
        try
        {
            await editor.SaveAsync(edit.Id, new SkuEdit(Price: edit.Price, MarketPrice: edit.MarketPrice, Stock: edit.Stock,
                IsLaunched: edit.IsLaunched, ExpectedRowVersion: edit.RowVersion, NameEn: edit.NameEn), (db, sku) => AddAudit(db, user, sku), ct);
        }
        catch (KeyNotFoundException) { return new SkuSaveResult(SkuSaveStatus.NotFound); }
        catch (DbUpdateConcurrencyException) { return new SkuSaveResult(SkuSaveStatus.Conflict, await RowAsync(edit.Id, ct)); }
        return new SkuSaveResult(SkuSaveStatus.Saved, await RowAsync(edit.Id, ct));
    }

    public async Task<IReadOnlyList<BulkPreviewRow>> PreviewAsync(ClaimsPrincipal user, IReadOnlyCollection<long> ids, BulkAction action, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var skus = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.RowVersion, s.Price, s.Stock, s.IsLaunched }).ToListAsync(ct);
        return skus.Select(s =>
        {
            var (price, stock, launched) = (s.Price, s.Stock, s.IsLaunched);
            switch (action.Kind)
            {
                case BulkKind.Launch: launched = true; break;
                case BulkKind.Withdraw: launched = false; break;
                case BulkKind.PricePercent: price = decimal.Round(s.Price * (1 + action.Value / 100m), 2, MidpointRounding.AwayFromZero); break;
                case BulkKind.PriceAmount: price = s.Price + decimal.Round(action.Value, 2, MidpointRounding.AwayFromZero); break;
                case BulkKind.SetStock: stock = (int)Math.Clamp(decimal.Truncate(action.Value), int.MinValue, int.MaxValue); break;
            }
            string? error = price is < 0 or > MaxMoney ? text["SkuPriceRange"].Value : stock is < 0 or > MaxStock ? text["SkuStockRange"].Value : null;
            return new BulkPreviewRow(s.Id, s.Name, s.RowVersion, s.Price, price, s.Stock, stock, s.IsLaunched, launched, error);
        }).ToList();
    }

    /// <summary>Applies a preview as shown: a row changed by someone else since the preview is skipped, not overwritten.</summary>
    public async Task<BulkResult> ApplyAsync(ClaimsPrincipal user, IReadOnlyList<BulkPreviewRow> preview, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        int saved = 0;
        List<long> conflicts = [], refused = [];
        foreach (var row in preview)
        {
            if (row.Error is not null) { refused.Add(row.Id); continue; }
            try
            {
                await editor.SaveAsync(row.Id, new SkuEdit(Price: row.NewPrice, Stock: row.NewStock, IsLaunched: row.NewLaunched, ExpectedRowVersion: row.RowVersion),
                    (db, sku) => AddAudit(db, user, sku, "bulk"), ct);
                saved++;
            }
            catch (DbUpdateConcurrencyException) { conflicts.Add(row.Id); }
            catch (KeyNotFoundException) { refused.Add(row.Id); }
            catch (ArgumentException) { refused.Add(row.Id); }
        }
        return new BulkResult(saved, conflicts, refused);
    }

    /// <summary>Launched SKUs under the low-stock threshold.</summary>
    public async Task<int> LowStockCountAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Access);
        await using var db = contexts.CreateDbContext();
        var threshold = options.Value.LowStockThreshold;
        return await db.Skus.CountAsync(s => s.IsLaunched && s.Stock < threshold, ct);
    }

    private void AddAudit(ShopDbContext db, ClaimsPrincipal user, Sku sku, string action = "edit")
    {
        var entry = db.Entry(sku);
        var changes = new[] { nameof(Sku.Price), nameof(Sku.MarketPrice), nameof(Sku.Stock), nameof(Sku.IsLaunched), nameof(Sku.NameEn) }
            .Where(p => entry.Property(p).IsModified && !Equals(entry.Property(p).OriginalValue, entry.Property(p).CurrentValue))
            .Select(p => $"{p} {Show(entry.Property(p).OriginalValue)} → {Show(entry.Property(p).CurrentValue)}");
        audit.Add(db, user, AuditAreas.Goods, "sku." + action, "sku:" + sku.Id, string.Join("; ", changes));
    }

    private static string Show(object? value) => value switch
    {
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    private async Task<SkuGridRow?> RowAsync(long id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Skus.AsNoTracking().Where(s => s.Id == id).Select(Projection(db)).SingleOrDefaultAsync(ct);
    }

    private IQueryable<Sku> Filter(IQueryable<Sku> q, SkuGridQuery query)
    {
        if (query.CategoryId is { } c) q = q.Where(s => s.CategoryId == c || s.Spu!.Category1Id == c || s.Spu.Category2Id == c);
        if (query.BrandId is { } b) q = q.Where(s => s.BrandId == b);
        if (query.Launched is { } launched) q = q.Where(s => s.IsLaunched == launched);
        if (query.LowStock)
        {
            var threshold = options.Value.LowStockThreshold;
            q = q.Where(s => s.Stock < threshold);
        }
        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            if (text.Length > 100) text = text[..100];
            q = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? q.Where(s => s.Id == id || s.Name.Contains(text))
                : q.Where(s => s.Name.Contains(text) || s.Caption.Contains(text));
        }
        return q;
    }

    private static IQueryable<Sku> Sort(IQueryable<Sku> q, SkuGridQuery query) => (query.Sort?.ToLowerInvariant()) switch
    {
        "name" => By(q, s => s.Name, query.Descending),
        "price" => By(q, s => (double)s.Price, query.Descending),
        "marketprice" => By(q, s => (double)s.MarketPrice, query.Descending),
        "stock" => By(q, s => s.Stock, query.Descending),
        "sales" => By(q, s => s.Sales, query.Descending),
        "islaunched" or "launched" => By(q, s => s.IsLaunched, query.Descending),
        "updatedat" or "updated" => By(q, s => s.UpdatedAt, query.Descending),
        _ => By(q, s => s.Id, query.Descending),
    };

    private static IQueryable<Sku> By<T>(IQueryable<Sku> q, Expression<Func<Sku, T>> key, bool descending) =>
        (descending ? q.OrderByDescending(key) : q.OrderBy(key)).ThenBy(s => s.Id);

    private static Expression<Func<Sku, SkuGridRow>> Projection(ShopDbContext db) => s => new SkuGridRow
    {
        Id = s.Id,
        SpuId = s.SpuId,
        Name = s.Name,
        NameEn = s.NameEn,
        CategoryId = s.CategoryId,
        CategoryName = s.Category!.Name,
        BrandId = s.BrandId,
        BrandName = db.Brands.Where(b => b.Id == s.BrandId).Select(b => b.Name).FirstOrDefault() ?? "",
        Price = s.Price,
        MarketPrice = s.MarketPrice,
        Stock = s.Stock,
        Sales = s.Sales,
        IsLaunched = s.IsLaunched,
        UpdatedAt = s.UpdatedAt,
        RowVersion = s.RowVersion,
    };
}
