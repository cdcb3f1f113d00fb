using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Cart;

/// <summary>The header's cart count: the number of items in a signed-in user's server-side cart.</summary>
public sealed class CartSummaryService(IDbContextFactory<ShopDbContext> contexts)
{
    public async Task<int> GetCountAsync(long? userId, CancellationToken ct = default)
    {
        if (userId is null) return 0;
        await using var db = contexts.CreateDbContext();
        return await db.CartItems.AsNoTracking().Where(c => c.UserId == userId).SumAsync(c => (int?)c.Count, ct) ?? 0;
    }
}
