using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BlazorShop.Infrastructure.Data;

/// <summary>Production: PostgreSQL through Npgsql (numeric(12,2) money, timestamptz times).</summary>
public sealed class PostgresShopDbContext(DbContextOptions<PostgresShopDbContext> options) : ShopDbContext(options)
{
    public const string SearchVector = "SearchVector";

    /// <summary>The context's own connection, for the few hot paths that send Npgsql batches past EF.</summary>
    public NpgsqlConnection Connection => (NpgsqlConnection)Database.GetDbConnection();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Search: name tokens weigh A, brand/category B, spec values C, caption D, in one generated tsvector with a GIN index, so the
        // index follows every write to the SKU row and a query never scans the table.
        builder.Entity<Domain.Sku>(b =>
        {
            b.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql(
                "setweight(to_tsvector('simple', \"SearchName\"), 'A') || setweight(to_tsvector('simple', \"SearchTags\"), 'B') || setweight(to_tsvector('simple', \"SearchSpecs\"), 'C') || setweight(to_tsvector('simple', \"SearchCaption\"), 'D')",
                stored: true);
            b.HasIndex(SearchVector).HasMethod("GIN");
        });
    }
}
