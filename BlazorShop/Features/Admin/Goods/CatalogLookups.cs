using System.Security.Claims;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Admin.Goods;

/// <summary>Categories (with their path, in tree order) and brands for the back office's filters and editors.</summary>
public sealed class CatalogLookups(IDbContextFactory<ShopDbContext> contexts, AdminGuard guard)
{
    public async Task<IReadOnlyList<LookupItem>> CategoriesAsync(ClaimsPrincipal user, int? level = null, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Access);
        await using var db = contexts.CreateDbContext();
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Name, c.ParentId, c.Level, c.Sequence }).ToListAsync(ct);
        var byParent = all.ToLookup(c => c.ParentId);
        var result = new List<LookupItem>();
        void Walk(int? parent, string prefix)
        {
            foreach (var c in byParent[parent].OrderBy(c => c.Sequence).ThenBy(c => c.Id))
            {
                var path = prefix.Length == 0 ? c.Name : prefix + " / " + c.Name;
                if (level is null || c.Level == level) result.Add(new LookupItem(c.Id, path));
                Walk(c.Id, path);
            }
        }
        Walk(null, "");
        return result;
    }

    public async Task<IReadOnlyList<LookupItem>> BrandsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Access);
        await using var db = contexts.CreateDbContext();
        return await db.Brands.AsNoTracking().OrderBy(b => b.FirstLetter).ThenBy(b => b.Name).Select(b => new LookupItem(b.Id, b.Name)).ToListAsync(ct);
    }
}
