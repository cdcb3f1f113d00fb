using BlazorShop.Shared;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// Brands (goods permission): name, first letter, logo (checked by content) and search aliases. The aliases are kept in
/// the database and merged by the search feature with its synonym file; as search resolves aliases when it reads a
/// query, an alias change takes effect once the vocabulary is dropped — every change is announced as
/// <see cref="CatalogStructureChanged"/>, which drops it (and menus, caches, cached pages) on every instance. A rename
/// also re-indexes the brand's SKUs (their index tokens carry the brand's name) in the same save.
/// </summary>
public sealed class AdminBrandService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, AdminImages images, IStringLocalizer<SharedResource> text)
{
    public const int MaxNameLength = 20;
    public const int MaxNameEnLength = 50; // the column's length
    public const int MaxAliasLength = 20;
    public const int MaxAliases = 20;
    public const string BlobPrefix = "brands";

    private static readonly char[] AliasSeparators = [',', '，', '、', ';', '；', ' ', '\u3000', '\t', '\n', '\r'];

    public async Task<IReadOnlyList<BrandRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.FirstLetter).ThenBy(b => b.Name)
            .Select(b => new { b.Id, b.Name, b.NameEn, b.FirstLetter, b.Logo, Goods = db.Spus.Count(s => s.BrandId == b.Id) }).ToListAsync(ct);
        var aliases = (await db.BrandAliases.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.BrandId, a.Alias }).ToListAsync(ct))
            .ToLookup(a => a.BrandId, a => a.Alias);
        return brands.Select(b => new BrandRow(b.Id, b.Name, b.FirstLetter, b.Logo, aliases[b.Id].ToList(), b.Goods, b.NameEn)).ToList();
    }

    /// <summary>Creates or updates a brand with its aliases (replacing the old list).</summary>
    public async Task<BrandSaveResult> SaveAsync(ClaimsPrincipal user, BrandInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        var errors = new Dictionary<string, string>();
        var name = (input.Name ?? "").Trim();
        var letter = (input.FirstLetter ?? "").Trim().ToUpperInvariant();
        if (name.Length is 0 or > MaxNameLength) errors[nameof(input.Name)] = text["Admin_BrandNameLength"];
        var nameEn = CatalogText.Twin(input.NameEn);
        if (nameEn is { Length: > MaxNameEnLength }) errors[nameof(input.NameEn)] = text["Admin_NameEnLength"];
        if (letter.Length != 1 || !char.IsAsciiLetterUpper(letter[0])) errors[nameof(input.FirstLetter)] = text["Admin_FirstLetterInvalid"];
        var aliases = ParseAliases(input.Aliases);
        var badAlias = aliases.FirstOrDefault(a => a.Length > MaxAliasLength) ?? (aliases.Count > MaxAliases ? aliases[MaxAliases] : null);
        if (badAlias is not null) errors[nameof(input.Aliases)] = string.Format(text["Admin_AliasInvalid"], badAlias);
        await using var db = contexts.CreateDbContext();
        if (errors.Count == 0)
        {
            if (await db.Brands.AnyAsync(b => b.Name == name && b.Id != input.Id, ct)) errors[nameof(input.Name)] = text["Admin_Duplicate"];
            // An alias names one brand only: not another brand's alias or name.
            var others = await db.BrandAliases.AsNoTracking().Where(a => a.BrandId != input.Id).Join(db.Brands, a => a.BrandId, b => b.Id, (a, b) => new { a.Alias, b.Name })
                .ToListAsync(ct);
            var otherNames = await db.Brands.AsNoTracking().Where(b => b.Id != input.Id).Select(b => b.Name).ToListAsync(ct);
            foreach (var alias in aliases)
            {
                var key = SearchTokenizer.Normalize(alias);
                var owner = others.FirstOrDefault(o => SearchTokenizer.Normalize(o.Alias) == key)?.Name
                    ?? otherNames.FirstOrDefault(n => SearchTokenizer.Normalize(n) == key);
                if (owner is null) continue;
                errors[nameof(input.Aliases)] = string.Format(text["Admin_AliasTaken"], alias, owner);
                break;
            }
        }
        if (errors.Count > 0) return new BrandSaveResult(null, errors);

        // One transaction: a new brand gets its id in the first save, its aliases in the second.
        var saved = await db.InTransactionAsync(async transaction =>
        {
            Brand brand;
            if (input.Id == 0)
            {
                db.Brands.Add(brand = new Brand { Name = name, FirstLetter = letter });
                await db.SaveChangesAsync(ct);
            }
            else if (await db.Brands.SingleOrDefaultAsync(b => b.Id == input.Id, ct) is { } found) brand = found;
            else return null;
            var oldName = brand.Name;
            var renamed = oldName != name || brand.NameEn != nameEn;
            brand.Name = name;
            brand.NameEn = nameEn;
            brand.FirstLetter = letter;
            var stored = await db.BrandAliases.Where(a => a.BrandId == brand.Id).ToListAsync(ct);
            db.BrandAliases.RemoveRange(stored.Where(a => !aliases.Contains(a.Alias)));
            foreach (var alias in aliases.Where(a => stored.All(s => s.Alias != a)))
                db.BrandAliases.Add(new BrandAlias { BrandId = brand.Id, Alias = alias });
            // The SKUs' index tokens carry the brand's name.
            if (renamed && input.Id != 0) await SearchReindex.MarkAsync(db, db.Skus.Where(s => s.BrandId == brand.Id), ct);
            audit.Add(db, user, AuditAreas.Goods, input.Id == 0 ? "brand.create" : "brand.edit", "brand:" + brand.Id,
                $"{(renamed && input.Id != 0 ? oldName + " → " : "")}{name} ({letter}); aliases: {string.Join(", ", aliases)}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (int?)brand.Id;
        }, ct);
        if (saved is not { } id) return new BrandSaveResult(null, new Dictionary<string, string> { [nameof(input.Id)] = text["Admin_NotFound"] });
        await AnnounceAsync(id, ct);
        return new BrandSaveResult(id, errors);
    }

    /// <summary>Replaces the brand's logo (checked by content); returns the error, or null.</summary>
    public async Task<string?> SetLogoAsync(ClaimsPrincipal user, int id, Stream content, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var brand = await db.Brands.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (brand is null) return text["Admin_NotFound"];
        var key = await images.StoreAsync(content, BlobPrefix, ct);
        if (key is null) return text["Admin_NotAnImage"];
        var previous = brand.Logo;
        brand.Logo = key;
        audit.Add(db, user, AuditAreas.Goods, "brand.logo", "brand:" + id, key);
        await db.SaveChangesAsync(ct);
        if (previous is not null && previous.StartsWith(BlobPrefix + "/", StringComparison.Ordinal)) await images.DeleteQuietlyAsync(previous);
        await AnnounceAsync(id, ct);
        return null;
    }

    /// <summary>Deletes a brand no goods use (with its aliases and uploaded logo); returns why not otherwise.</summary>
    public async Task<string?> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var brand = await db.Brands.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (brand is null) return text["Admin_NotFound"];
        if (await db.Spus.AnyAsync(s => s.BrandId == id, ct) || await db.Skus.AnyAsync(s => s.BrandId == id, ct)) return text["Admin_BrandInUse"];
        db.Brands.Remove(brand);
        audit.Add(db, user, AuditAreas.Goods, "brand.delete", "brand:" + id, brand.Name);
        await db.SaveChangesAsync(ct);
        if (brand.Logo is { } logo && logo.StartsWith(BlobPrefix + "/", StringComparison.Ordinal)) await images.DeleteQuietlyAsync(logo);
        await AnnounceAsync(id, ct);
        return null;
    }

    /// <summary>The aliases in a form's text: split on commas, 、, semicolons and spaces; duplicates (normalised) once.</summary>
    public static List<string> ParseAliases(string? value) =>
        (value ?? "").Split(AliasSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(SearchTokenizer.Normalize, StringComparer.Ordinal).ToList();

    private Task AnnounceAsync(int id, CancellationToken ct) => bus.PublishAsync(new CatalogStructureChanged("brand:" + id), ct);
}
