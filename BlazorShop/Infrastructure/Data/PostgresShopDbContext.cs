using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Data;

/// <summary>Production: PostgreSQL through Npgsql (numeric(12,2) money, timestamptz times).</summary>
public sealed class PostgresShopDbContext(DbContextOptions<PostgresShopDbContext> options) : ShopDbContext(options);
