using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Cart;

/// <summary>Signed-in users' server-side cart (the embedded mode's store): add a SKU, count bounded by stock.</summary>
public sealed class ServerCart(IDbContextFactory<ShopDbContext> contexts, IEventBus bus)
{
    public const int MaxCountPerLine = 200;

    public async Task<AddToCartOutcome> AddAsync(long userId, long skuId, int count, CancellationToken ct = default)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "数量至少为 1");
        await using var db = contexts.CreateDbContext();
        var sku = await db.Skus.AsNoTracking().Where(s => s.Id == skuId).Select(s => new { s.Stock, s.IsLaunched }).FirstOrDefaultAsync(ct);
        if (sku is null || !sku.IsLaunched || sku.Stock <= 0) return AddToCartOutcome.Unavailable;
        var limit = Math.Min(sku.Stock, MaxCountPerLine);

        var line = await db.CartItems.FirstOrDefaultAsync(c => c.UserId == userId && c.SkuId == skuId, ct);
        var wanted = (line?.Count ?? 0) + count;
        var final = Math.Min(wanted, limit);
        if (line is null) db.CartItems.Add(new CartItem { UserId = userId, SkuId = skuId, Count = final, Selected = true });
        else { line.Count = final; line.Selected = true; line.UpdatedAt = DateTime.UtcNow; }
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new CartChanged(userId), ct);
        return final < wanted ? AddToCartOutcome.CappedAtStock : AddToCartOutcome.Added;
    }
}
