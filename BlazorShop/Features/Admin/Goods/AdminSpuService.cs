using BlazorShop.Shared;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// SPUs with their specifications and options, and SKUs made for option combinations. A brand or category change is
/// copied to the SPU's SKUs in the same save (their search index entries follow through the save interceptor) and
/// announced as <see cref="CatalogStructureChanged"/> (menus, caches, cached pages on every instance).
/// </summary>
public sealed class AdminSpuService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, IStringLocalizer<SharedResource> text)
{
    public const int MaxCombinations = 200;
    /// <summary>Longest English SPU name, specification name and option value (the columns' lengths).</summary>
    public const int MaxNameEn = 200, MaxSpecNameEn = 40, MaxOptionEn = 60;

    public async Task<(IReadOnlyList<SpuRow> Rows, int Total)> ListAsync(ClaimsPrincipal user, string? search, int skip, int take, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var q = db.Spus.AsNoTracking();
        if (search?.Trim() is { Length: > 0 } s) q = q.Where(x => x.Name.Contains(s));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(x => x.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(x => new SpuRow(x.Id, x.Name, x.Brand!.Name, x.Category3!.Name, x.Skus.Count)).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<SpuDetail?> GetAsync(ClaimsPrincipal user, long id, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var spu = await db.Spus.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Name, x.BrandId, x.Category3Id, x.Description, x.AfterSale, x.NameEn, x.DescriptionEn, x.AfterSaleEn }).SingleOrDefaultAsync(ct);
        if (spu is null) return null;
        var specs = await db.Specifications.AsNoTracking().Where(s => s.SpuId == id).OrderBy(s => s.Sequence).ThenBy(s => s.Id)
            .Select(s => new SpecDetail(s.Id, s.Name, s.Options.OrderBy(o => o.Sequence).ThenBy(o => o.Id).Select(o => new OptionDetail(o.Id, o.Value, o.ValueEn)).ToList(), s.NameEn))
            .ToListAsync(ct);
        var skus = await db.Skus.AsNoTracking().Where(s => s.SpuId == id).OrderBy(s => s.Id)
            .Select(s => new SkuBrief(s.Id, s.Name, s.Price, s.Stock, s.IsLaunched, s.Specifications.Select(x => x.OptionId).ToList())).ToListAsync(ct);
        return new SpuDetail(spu.Id, spu.Name, spu.BrandId, spu.Category3Id, spu.Description, spu.AfterSale, specs, skus,
            spu.NameEn, spu.DescriptionEn, spu.AfterSaleEn);
    }

    public async Task<SpuSaveResult> SaveAsync(ClaimsPrincipal user, SpuInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var errors = new Dictionary<string, string>();
        var name = input.Name.Trim();
        if (name.Length is 0 or > 50) errors[nameof(input.Name)] = text["Admin_NameLength"];
        if (input.Description.Length > 10_000 || input.AfterSale.Length > 2_000) errors[nameof(input.Description)] = text["Admin_TooLong"];
        var nameEn = input.NameEn.Trim();
        if (nameEn.Length > MaxNameEn) errors[nameof(input.NameEn)] = text["Admin_NameEnLength"];
        if (input.DescriptionEn.Length > 10_000 || input.AfterSaleEn.Length > 2_000) errors[nameof(input.DescriptionEn)] = text["Admin_TooLong"];
        if (!await db.Brands.AnyAsync(b => b.Id == input.BrandId, ct)) errors[nameof(input.BrandId)] = text["Admin_PickBrand"];
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == input.Category3Id && c.Level == 3)
            .Select(c => new { c.Id, Parent = c.ParentId, GrandParent = c.Parent!.ParentId }).SingleOrDefaultAsync(ct);
        if (category is not { Parent: not null, GrandParent: not null }) errors[nameof(input.Category3Id)] = text["Admin_PickCategory3"];
        if (errors.Count > 0) return new SpuSaveResult(null, errors);

        Spu spu;
        if (input.Id == 0)
        {
            spu = new Spu { Name = name };
            db.Spus.Add(spu);
        }
        else
        {
            spu = await db.Spus.SingleOrDefaultAsync(x => x.Id == input.Id, ct)
                ?? throw new KeyNotFoundException($"SPU {input.Id} does not exist");
        }
        var structureChanged = spu.BrandId != input.BrandId || spu.Category3Id != input.Category3Id;
        // Shown on every SKU's page and in its search tokens.
        var namesChanged = input.Id != 0 && (spu.Name != name || (spu.NameEn ?? "") != nameEn || spu.Description != input.Description
            || spu.AfterSale != input.AfterSale || (spu.DescriptionEn ?? "") != input.DescriptionEn.Trim() || (spu.AfterSaleEn ?? "") != input.AfterSaleEn.Trim());
        spu.Name = name;
        spu.BrandId = input.BrandId;
        spu.Category1Id = category!.GrandParent!.Value;
        spu.Category2Id = category.Parent!.Value;
        spu.Category3Id = category.Id;
        spu.Description = input.Description;
        spu.AfterSale = input.AfterSale;
        spu.NameEn = nameEn.Length == 0 ? null : nameEn;
        spu.DescriptionEn = CatalogText.Twin(input.DescriptionEn);
        spu.AfterSaleEn = CatalogText.Twin(input.AfterSaleEn);
        if ((structureChanged || namesChanged) && input.Id != 0)
        {
            // The SKUs' copies (list pages, search facets) change in the same save, and their search tokens (which
            // hold the SPU's names) are made again.
            foreach (var sku in await db.Skus.Where(s => s.SpuId == spu.Id).ToListAsync(ct))
            {
                sku.BrandId = spu.BrandId;
                sku.CategoryId = spu.Category3Id;
                db.Entry(sku).Property(s => s.SearchTags).IsModified = true;
            }
        }
        audit.Add(db, user, AuditAreas.Goods, input.Id == 0 ? "spu.create" : "spu.edit", "spu:" + input.Id,
            $"{name}; brand {input.BrandId}; category {input.Category3Id}");
        await db.SaveChangesAsync(ct);
        if (structureChanged || namesChanged) await bus.PublishAsync(new CatalogStructureChanged("spu:" + spu.Id), ct);
        return new SpuSaveResult(spu.Id, errors);
    }

    public async Task<string?> AddSpecificationAsync(ClaimsPrincipal user, long spuId, string name, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        name = name.Trim();
        if (name.Length is 0 or > 20) return text["Admin_SpecNameLength"];
        await using var db = contexts.CreateDbContext();
        if (!await db.Spus.AnyAsync(s => s.Id == spuId, ct)) return text["Admin_NotFound"];
        if (await db.Specifications.AnyAsync(s => s.SpuId == spuId && s.Name == name, ct)) return text["Admin_Duplicate"];
        var sequence = await db.Specifications.Where(s => s.SpuId == spuId).MaxAsync(s => (int?)s.Sequence, ct) ?? 0;
        db.Specifications.Add(new Specification { SpuId = spuId, Name = name, Sequence = sequence + 1 });
        audit.Add(db, user, AuditAreas.Goods, "spec.add", "spu:" + spuId, name);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> AddOptionAsync(ClaimsPrincipal user, int specificationId, string value, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        value = value.Trim();
        if (value.Length is 0 or > 20) return text["Admin_SpecNameLength"];
        await using var db = contexts.CreateDbContext();
        var spec = await db.Specifications.AsNoTracking().SingleOrDefaultAsync(s => s.Id == specificationId, ct);
        if (spec is null) return text["Admin_NotFound"];
        if (await db.SpecificationOptions.AnyAsync(o => o.SpecificationId == specificationId && o.Value == value, ct)) return text["Admin_Duplicate"];
        var sequence = await db.SpecificationOptions.Where(o => o.SpecificationId == specificationId).MaxAsync(o => (int?)o.Sequence, ct) ?? 0;
        db.SpecificationOptions.Add(new SpecificationOption { SpecificationId = specificationId, Value = value, Sequence = sequence + 1 });
        audit.Add(db, user, AuditAreas.Goods, "option.add", "spu:" + spec.SpuId, spec.Name + ": " + value);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Sets the English name of a specification and the English values of its options (by option id; blank clears one,
    /// an option left out keeps its own). Returns why not, or null when saved.
    /// </summary>
    public async Task<string?> SetEnglishAsync(ClaimsPrincipal user, int specificationId, string? nameEn, IReadOnlyDictionary<int, string?> optionsEn,
        CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        nameEn = nameEn?.Trim();
        if (nameEn is { Length: > MaxSpecNameEn } || optionsEn.Values.Any(v => v?.Trim() is { Length: > MaxOptionEn })) return text["Admin_NameEnLength"];
        await using var db = contexts.CreateDbContext();
        var spec = await db.Specifications.Include(s => s.Options).SingleOrDefaultAsync(s => s.Id == specificationId, ct);
        if (spec is null) return text["Admin_NotFound"];
        spec.NameEn = string.IsNullOrEmpty(nameEn) ? null : nameEn;
        foreach (var option in spec.Options)
            if (optionsEn.TryGetValue(option.Id, out var value)) option.ValueEn = CatalogText.Twin(value);
        audit.Add(db, user, AuditAreas.Goods, "spec.english", "spu:" + spec.SpuId,
            $"{spec.Name} → {spec.NameEn}: " + string.Join(", ", spec.Options.Select(o => $"{o.Value} → {o.ValueEn}")));
        await db.SaveChangesAsync(ct);
        // Spec names and values are on product pages (cached) and in the search tokens of the SPU's SKUs: made again
        // in a second save, which reads the values just saved.
        foreach (var sku in await db.Skus.Where(s => s.SpuId == spec.SpuId).ToListAsync(ct))
            db.Entry(sku).Property(s => s.SearchTags).IsModified = true;
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new CatalogStructureChanged("spu:" + spec.SpuId), ct);
        return null;
    }

    /// <summary>Removes an option no SKU uses (else returns why not).</summary>
    public async Task<string?> RemoveOptionAsync(ClaimsPrincipal user, int optionId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var option = await db.SpecificationOptions.Include(o => o.Specification).SingleOrDefaultAsync(o => o.Id == optionId, ct);
        if (option is null) return text["Admin_NotFound"];
        if (await db.SkuSpecifications.AnyAsync(x => x.OptionId == optionId, ct)) return text["Admin_OptionInUse"];
        db.SpecificationOptions.Remove(option);
        audit.Add(db, user, AuditAreas.Goods, "option.remove", "spu:" + option.Specification!.SpuId, option.Specification.Name + ": " + option.Value);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Creates a SKU (withdrawn, at the given price and stock, named "SPU name + option values") for every combination of
    /// one option per specification that no SKU of the SPU has yet. Returns how many were created.
    /// </summary>
    public async Task<int> GenerateSkusAsync(ClaimsPrincipal user, long spuId, decimal price, int stock, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        if (price is < 0 or > AdminSkuService.MaxMoney || decimal.Round(price, 2) != price) throw new ArgumentOutOfRangeException(nameof(price), text["SkuPriceRange"]);
        if (stock is < 0 or > AdminSkuService.MaxStock) throw new ArgumentOutOfRangeException(nameof(stock), text["SkuStockRange"]);
        await using var db = contexts.CreateDbContext();
        var spu = await db.Spus.AsNoTracking().SingleOrDefaultAsync(s => s.Id == spuId, ct) ?? throw new KeyNotFoundException($"SPU {spuId} does not exist");
        var specs = await db.Specifications.AsNoTracking().Where(s => s.SpuId == spuId).OrderBy(s => s.Sequence).ThenBy(s => s.Id)
            .Select(s => new { s.Id, Options = s.Options.OrderBy(o => o.Sequence).ThenBy(o => o.Id).Select(o => new { o.Id, o.Value, o.ValueEn }).ToList() })
            .ToListAsync(ct);
        if (specs.Count == 0 || specs.Any(s => s.Options.Count == 0)) return 0;
        var existing = (await db.SkuSpecifications.AsNoTracking().Where(x => db.Skus.Any(s => s.Id == x.SkuId && s.SpuId == spuId))
                .Select(x => new { x.SkuId, x.OptionId }).ToListAsync(ct))
            .GroupBy(x => x.SkuId).Select(g => string.Join(",", g.Select(x => x.OptionId).Order())).ToHashSet();

        IEnumerable<IReadOnlyList<(int Spec, int Option, string Value, string ValueEn)>> combinations = [[]];
        foreach (var spec in specs)
        {
            var current = spec;
            combinations = combinations.SelectMany(c => current.Options.Select(o =>
                (IReadOnlyList<(int, int, string, string)>)[.. c, (current.Id, o.Id, o.Value, o.ValueEn ?? o.Value)]));
        }
        var created = 0;
        foreach (var combination in combinations)
        {
            if (existing.Contains(string.Join(",", combination.Select(c => c.Option).Order()))) continue;
            if (++created > MaxCombinations) throw new InvalidOperationException(text["Admin_TooManyCombinations"]);
            var name = spu.Name + " " + string.Join(" ", combination.Select(c => c.Value));
            var nameEn = spu.NameEn is null ? null : spu.NameEn + " " + string.Join(" ", combination.Select(c => c.ValueEn));
            db.Skus.Add(new Sku
            {
                SpuId = spu.Id,
                CategoryId = spu.Category3Id,
                BrandId = spu.BrandId,
                Name = name.Length > 100 ? name[..100] : name,
                NameEn = nameEn is { Length: > SkuEditor.MaxNameEn } ? nameEn[..SkuEditor.MaxNameEn] : nameEn,
                Price = price,
                MarketPrice = price,
                Stock = stock,
                IsLaunched = false,
                Specifications = combination.Select(c => new SkuSpecification { SpecificationId = c.Spec, OptionId = c.Option }).ToList(),
            });
        }
        if (created == 0) return 0;
        audit.Add(db, user, AuditAreas.Goods, "sku.generate", "spu:" + spuId, $"{created} SKUs");
        await db.SaveChangesAsync(ct);
        return created;
    }
}
