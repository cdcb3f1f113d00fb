using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorShop.Features.Search;

/// <summary>
/// Keeps a SKU's index tokens in step with every write, whoever makes it: before a save, each added or changed SKU
/// (or one whose spec options changed) gets the tokens of its name and SPU name, its brand and its category with
/// that category's parent (the top level — 手机数码, 电脑办公 — is too broad to search by), its
/// spec option values and its caption — each in Chinese and, where there is one, English; the PostgreSQL generated vector / SQLite FTS5 triggers index those columns,
/// and the in-memory index reads them (<see cref="SkuSearchChangeInterceptor"/> tells it which SKUs to read again).
/// Related names are taken from the tracked entities when they are there, otherwise read in one query per kind.
/// </summary>
/// <remarks>Renaming a brand or a category does not re-index its SKUs here (that can be many rows); clearing their
/// SearchTags makes <see cref="SearchIndexBackfill"/> redo them at the next start.</remarks>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ShopDbContext db) IndexAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is ShopDbContext db) await IndexAsync(db, ct);
        return result;
    }

    private static async Task IndexAsync(ShopDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var skus = db.ChangeTracker.Entries<Sku>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        var specChanged = db.ChangeTracker.Entries<SkuSpecification>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.SkuId)
            .Where(id => id > 0 && skus.All(s => s.Id != id)).Distinct().ToList();
        if (specChanged.Count > 0) skus.AddRange(await db.Skus.Where(s => specChanged.Contains(s.Id)).ToListAsync(ct));
        if (skus.Count == 0) return;

        var spuIds = skus.Where(s => s.Spu is null).Select(s => s.SpuId).Distinct().ToList();
        var spuNames = db.Spus.Local.Where(s => spuIds.Contains(s.Id)).ToDictionary(s => s.Id, s => Both(s.Name, s.NameEn));
        var missingSpus = spuIds.Where(id => !spuNames.ContainsKey(id)).ToList();
        if (missingSpus.Count > 0)
            foreach (var s in await db.Spus.AsNoTracking().Where(s => missingSpus.Contains(s.Id)).Select(s => new { s.Id, s.Name, s.NameEn }).ToListAsync(ct))
                spuNames[s.Id] = Both(s.Name, s.NameEn);

        var brandIds = skus.Select(s => s.BrandId).Distinct().ToList();
        var brands = db.Brands.Local.Where(b => brandIds.Contains(b.Id)).ToDictionary(b => b.Id, b => Both(b.Name, b.NameEn));
        var missingBrands = brandIds.Where(id => !brands.ContainsKey(id)).ToList();
        if (missingBrands.Count > 0)
            foreach (var b in await db.Brands.AsNoTracking().Where(b => missingBrands.Contains(b.Id)).Select(b => new { b.Id, b.Name, b.NameEn }).ToListAsync(ct))
                brands[b.Id] = Both(b.Name, b.NameEn);

        var categories = db.Categories.Local.ToDictionary(c => c.Id, c => (c.Name, c.NameEn, c.ParentId));
        if (skus.Any(s => !categories.ContainsKey(s.CategoryId)))
            foreach (var c in await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Name, c.NameEn, c.ParentId }).ToListAsync(ct))
                categories.TryAdd(c.Id, (c.Name, c.NameEn, c.ParentId));

        // Spec option values: from the tracked SkuSpecification rows, else from the database for saved SKUs.
        var options = db.Set<SpecificationOption>().Local.ToDictionary(o => o.Id, o => Both(o.Value, o.ValueEn));
        var specs = new Dictionary<Sku, List<string>>(ReferenceEqualityComparer.Instance);
        var unloaded = new List<long>();
        foreach (var sku in skus)
        {
            var tracked = sku.Specifications.Where(x => db.Entry(x).State != EntityState.Deleted).ToList();
            if (tracked.Count == 0 && sku.Id > 0) { unloaded.Add(sku.Id); continue; }
            specs[sku] = tracked.Select(s => s.Option is { } o ? Both(o.Value, o.ValueEn) : options.GetValueOrDefault(s.OptionId)).OfType<string>().ToList();
        }
        if (unloaded.Count > 0)
            foreach (var g in (await db.Set<SkuSpecification>().AsNoTracking().Where(s => unloaded.Contains(s.SkuId))
                         .Select(s => new { s.SkuId, s.Option!.Value, s.Option.ValueEn }).ToListAsync(ct)).GroupBy(s => s.SkuId))
                specs[skus.First(s => s.Id == g.Key)] = g.Select(s => Both(s.Value, s.ValueEn)).ToList();

        foreach (var sku in skus)
        {
            var entry = db.Entry(sku);
            var spuName = (sku.Spu is { } spu ? Both(spu.Name, spu.NameEn) : null) ?? spuNames.GetValueOrDefault(sku.SpuId) ?? "";
            var path = new List<string>();
            for (int? id = sku.CategoryId; id is { } c && categories.TryGetValue(c, out var node) && path.Count < 2; id = node.ParentId)
                // English: the SKU's own (level-3) category only — its parent's English words ("Kitchen Appliances")
                // are too broad and would match the letter half of a query like "4K".
                path.Add(path.Count == 0 ? Both(node.Name, node.NameEn) : node.Name);
            Set(entry, nameof(Sku.SearchName), SearchTokenizer.ForIndex(Both(sku.Name, sku.NameEn) + " " + spuName));
            Set(entry, nameof(Sku.SearchTags), SearchTokenizer.ForIndex(brands.GetValueOrDefault(sku.BrandId) + " " + string.Join(' ', path)));
            Set(entry, nameof(Sku.SearchSpecs), SearchTokenizer.ForIndex(string.Join(' ', specs.GetValueOrDefault(sku) ?? [])));
            Set(entry, nameof(Sku.SearchCaption), SearchTokenizer.ForIndex(Both(sku.Caption, sku.CaptionEn)));
        }
    }

    /// <summary>A name and its English twin, indexed together so either language finds the goods.</summary>
    private static string Both(string name, string? english) => string.IsNullOrWhiteSpace(english) ? name : name + " " + english;

    private static void Set(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Sku> entry, string property, string value)
    {
        var p = entry.Property<string>(property);
        if (p.CurrentValue != value) p.CurrentValue = value;
    }
}
