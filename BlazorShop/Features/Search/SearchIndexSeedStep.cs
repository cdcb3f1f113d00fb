using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>Right after the migrations: tokens for SKUs written before the search columns existed.</summary>
public sealed class SearchIndexSeedStep(IDbContextFactory<ShopDbContext> contexts, ILogger<SearchIndexSeedStep> logger) : IDataSeedStep
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var indexed = await SearchIndexBackfill.RunAsync(db, ct);
        if (indexed > 0) logger.LogInformation("Indexed {Count} SKUs for search", indexed);
    }
}
