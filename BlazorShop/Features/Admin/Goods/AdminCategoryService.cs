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
/// The category tree (goods permission): at most three levels; add, rename, reorder among siblings, move under another
/// parent, delete (refused while it has subcategories, goods or a channel). Goods are filed under level-3 categories, so
/// a category with goods below it keeps its level; a move copies the new path to the SPUs (<c>Category1Id</c>,
/// <c>Category2Id</c>) in the same save, and a rename or move re-indexes the SKUs below it for search. Every change is
/// audited and announced as <see cref="CatalogStructureChanged"/> (menus, caches and cached pages on every instance).
/// </summary>
public sealed class AdminCategoryService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, IStringLocalizer<SharedResource> text)
{
    public const int MaxLevel = 3;
    public const int MaxNameLength = 20;
    public const int MaxNameEnLength = 50; // the column's length

    /// <summary>Every category, in tree order (each parent before its children, siblings by their order).</summary>
    public async Task<IReadOnlyList<CategoryRow>> TreeAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var all = await db.Categories.AsNoTracking().Select(c => new
        {
            c.Id, c.Name, c.NameEn, c.ParentId, c.Level, c.Sequence,
            Goods = db.Spus.Count(s => s.Category1Id == c.Id || s.Category2Id == c.Id || s.Category3Id == c.Id),
            InChannel = db.Channels.Any(ch => ch.CategoryId == c.Id),
        }).ToListAsync(ct);
        var byParent = all.ToLookup(c => c.ParentId);
        var result = new List<CategoryRow>(all.Count);
        void Walk(int? parent)
        {
            foreach (var c in byParent[parent].OrderBy(c => c.Sequence).ThenBy(c => c.Id))
            {
                result.Add(new CategoryRow(c.Id, c.Name, c.ParentId, c.Level, c.Sequence, c.Goods, c.InChannel, c.NameEn));
                Walk(c.Id);
            }
        }
        Walk(null);
        return result;
    }

    /// <summary>Adds a category at the end of its parent's children (no parent: a level-1 category); returns the error, or null.</summary>
    public async Task<string?> AddAsync(ClaimsPrincipal user, int? parentId, string name, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        if (CheckName(ref name) is { } invalid) return invalid;
        await using var db = contexts.CreateDbContext();
        var level = 1;
        if (parentId is { } p)
        {
            var parent = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == p, ct);
            if (parent is null) return text["Admin_NotFound"];
            if (parent.Level >= MaxLevel) return text["Admin_CategoryTooDeep"];
            level = parent.Level + 1;
        }
        if (await db.Categories.AnyAsync(c => c.ParentId == parentId && c.Name == name, ct)) return text["Admin_Duplicate"];
        var sequence = await db.Categories.Where(c => c.ParentId == parentId).MaxAsync(c => (int?)c.Sequence, ct) ?? 0;
        var category = new Category { Name = name, ParentId = parentId, Level = level, Sequence = sequence + 1 };
        db.Categories.Add(category);
        audit.Add(db, user, AuditAreas.Goods, "category.add", "category:" + parentId, $"{name}; level {level}");
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(category.Id, ct);
        return null;
    }

    public async Task<string?> RenameAsync(ClaimsPrincipal user, int id, string name, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        if (CheckName(ref name) is { } invalid) return invalid;
        await using var db = contexts.CreateDbContext();
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return text["Admin_NotFound"];
        if (category.Name == name) return null;
        if (await db.Categories.AnyAsync(c => c.ParentId == category.ParentId && c.Name == name && c.Id != id, ct)) return text["Admin_Duplicate"];
        audit.Add(db, user, AuditAreas.Goods, "category.rename", "category:" + id, $"{category.Name} → {name}");
        category.Name = name;
        // The SKUs' index tokens name their category and its parent.
        var subtree = await SubtreeAsync(db, id, ct);
        await SearchReindex.MarkAsync(db, db.Skus.Where(s => subtree.Contains(s.CategoryId)), ct);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(id, ct);
        return null;
    }

    /// <summary>Sets (or, empty, clears) the English name shown on English pages; the error, or null.</summary>
    public async Task<string?> SetEnglishNameAsync(ClaimsPrincipal user, int id, string? nameEn, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        nameEn = CatalogText.Twin(nameEn);
        if (nameEn is { Length: > MaxNameEnLength }) return text["Admin_NameEnLength"];
        await using var db = contexts.CreateDbContext();
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return text["Admin_NotFound"];
        if (category.NameEn == nameEn) return null;
        audit.Add(db, user, AuditAreas.Goods, "category.rename-en", "category:" + id, $"{category.NameEn} → {nameEn}");
        category.NameEn = nameEn;
        // English words are in the index too.
        var subtree = await SubtreeAsync(db, id, ct);
        await SearchReindex.MarkAsync(db, db.Skus.Where(s => subtree.Contains(s.CategoryId)), ct);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(id, ct);
        return null;
    }

    /// <summary>Moves a category a place earlier (-1) or later (+1) among its siblings; false when it is already at that end.</summary>
    public async Task<bool> ShiftAsync(ClaimsPrincipal user, int id, int offset, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null || offset == 0) return false;
        var siblings = await db.Categories.Where(c => c.ParentId == category.ParentId).OrderBy(c => c.Sequence).ThenBy(c => c.Id).ToListAsync(ct);
        var from = siblings.FindIndex(c => c.Id == id);
        var to = from + Math.Sign(offset);
        if (to < 0 || to >= siblings.Count) return false;
        (siblings[from], siblings[to]) = (siblings[to], siblings[from]);
        for (var i = 0; i < siblings.Count; i++) siblings[i].Sequence = i + 1;
        audit.Add(db, user, AuditAreas.Goods, "category.order", "category:" + id, string.Join(",", siblings.Select(s => s.Id)));
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(id, ct);
        return true;
    }

    /// <summary>
    /// Moves a category (with its subtree) under another parent (null: to the top level), at the end of its new siblings.
    /// Refused when the tree would get deeper than three levels, when it would go under itself, when its level (or a
    /// descendant's) would change while goods are filed there, or when a channel's level-1 category would stop being level 1.
    /// </summary>
    public async Task<string?> MoveAsync(ClaimsPrincipal user, int id, int? parentId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var all = await db.Categories.ToListAsync(ct);
        var byId = all.ToDictionary(c => c.Id);
        if (!byId.TryGetValue(id, out var category)) return text["Admin_NotFound"];
        Category? parent = null;
        if (parentId is { } p && !byId.TryGetValue(p, out parent)) return text["Admin_NotFound"];
        if (category.ParentId == parentId) return null;
        var subtree = Subtree(all, id);
        if (parent is not null && subtree.Contains(parent.Id)) return text["Admin_CategoryIntoItself"];
        var level = (parent?.Level ?? 0) + 1;
        var depth = subtree.Max(c => byId[c].Level) - category.Level;
        if (level + depth > MaxLevel) return text["Admin_CategoryTooDeep"];
        if (level != category.Level)
        {
            if (await db.Spus.AnyAsync(s => subtree.Contains(s.Category1Id) || subtree.Contains(s.Category2Id) || subtree.Contains(s.Category3Id), ct)
                || await db.Skus.AnyAsync(s => subtree.Contains(s.CategoryId), ct))
                return text["Admin_CategoryLevelHasGoods"];
            if (await db.Channels.AnyAsync(ch => subtree.Contains(ch.CategoryId), ct)) return text["Admin_CategoryInChannel"];
        }
        if (all.Any(c => c.ParentId == parentId && c.Name == category.Name && c.Id != id)) return text["Admin_Duplicate"];

        var delta = level - category.Level;
        foreach (var c in subtree) byId[c].Level += delta;
        category.ParentId = parentId;
        category.Parent = parent;
        category.Sequence = (all.Where(c => c.ParentId == parentId && c.Id != id).Max(c => (int?)c.Sequence) ?? 0) + 1;
        // The SPUs below keep their level-3 category; their level-1 and level-2 copies follow the new path.
        foreach (var spu in await db.Spus.Where(s => subtree.Contains(s.Category3Id)).ToListAsync(ct))
        {
            var c2 = byId[spu.Category3Id].ParentId!.Value;
            spu.Category2Id = c2;
            spu.Category1Id = byId[c2].ParentId!.Value;
        }
        await SearchReindex.MarkAsync(db, db.Skus.Where(s => subtree.Contains(s.CategoryId)), ct);
        audit.Add(db, user, AuditAreas.Goods, "category.move", "category:" + id, $"{category.Name} → parent {parentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}; level {level}");
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(id, ct);
        return null;
    }

    /// <summary>Deletes a category; refused (with the reason) while it has subcategories, goods or a channel.</summary>
    public async Task<string?> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return text["Admin_NotFound"];
        if (await db.Categories.AnyAsync(c => c.ParentId == id, ct)) return text["Admin_CategoryHasChildren"];
        if (await db.Spus.AnyAsync(s => s.Category1Id == id || s.Category2Id == id || s.Category3Id == id, ct) || await db.Skus.AnyAsync(s => s.CategoryId == id, ct))
            return text["Admin_CategoryHasGoods"];
        if (await db.Channels.AnyAsync(ch => ch.CategoryId == id, ct)) return text["Admin_CategoryInChannel"];
        db.Categories.Remove(category);
        audit.Add(db, user, AuditAreas.Goods, "category.delete", "category:" + id, category.Name);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(id, ct);
        return null;
    }

    private string? CheckName(ref string name)
    {
        name = (name ?? "").Trim();
        return name.Length is 0 or > MaxNameLength ? text["Admin_CategoryNameLength"].Value : null;
    }

    private static async Task<HashSet<int>> SubtreeAsync(ShopDbContext db, int id, CancellationToken ct) =>
        Subtree(await db.Categories.AsNoTracking().Select(c => new Category { Id = c.Id, Name = c.Name, ParentId = c.ParentId }).ToListAsync(ct), id);

    /// <summary>The category and every category below it.</summary>
    private static HashSet<int> Subtree(IReadOnlyList<Category> all, int id)
    {
        var children = all.ToLookup(c => c.ParentId);
        var result = new HashSet<int> { id };
        var stack = new Stack<int>([id]);
        while (stack.TryPop(out var next))
            foreach (var child in children[next])
                if (result.Add(child.Id)) stack.Push(child.Id);
        return result;
    }

    private Task AnnounceAsync(int id, CancellationToken ct) => bus.PublishAsync(new CatalogStructureChanged("category:" + id), ct);
}
