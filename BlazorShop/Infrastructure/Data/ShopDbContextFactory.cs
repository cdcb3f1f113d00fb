using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Data;

/// <summary>Hands out the provider's concrete context as the model's base type.</summary>
sealed class ShopDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ShopDbContext>
    where TContext : ShopDbContext
{
    public ShopDbContext CreateDbContext() => inner.CreateDbContext();
}
