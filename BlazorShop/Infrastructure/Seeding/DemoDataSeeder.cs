using System.Text.Json;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Seeding;

/// <summary>
/// On start (after the migrations and the accounts): imports what is missing — China's areas, the demo catalog with
/// its images (into the blob store) and home-page content. Every part checks first, so a restart (or a second
/// instance) imports nothing twice. Off with Seed:DemoData=false.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<ShopDbContext> contexts, IBlobStore blobs,
    IOptions<SeedOptions> seed, IHostEnvironment env, TimeProvider clock, ILogger<DemoDataSeeder> logger) : IDataSeedStep
{
    public int Order => 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(CancellationToken ct)
    {
        if (!seed.Value.DemoData) return;

        var assets = FindAssets();
        if (assets is null)
        {
            logger.LogError("DEMO DATA MISSING: wwwroot-assets was not found (looked in Seed:AssetsPath, the content root, its parent " +
                "and next to the app, {AppDirectory}); the shop starts WITHOUT the demo catalog. Publish output carries it; " +
                "otherwise set Seed:AssetsPath or Seed:DemoData=false", AppContext.BaseDirectory);
            return;
        }
        await SeedAreasAsync(assets, ct);
        await SeedCatalogAsync(assets, ct);
    }

    private string? FindAssets()
    {
        var candidates = new[]
        {
            seed.Value.AssetsPath,
            Path.Combine(env.ContentRootPath, "wwwroot-assets"),
            Path.Combine(env.ContentRootPath, "..", "wwwroot-assets"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot-assets"),
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c)).Select(c => Path.GetFullPath(c!)).FirstOrDefault(Directory.Exists);
    }

    private async Task SeedAreasAsync(string assets, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Areas.AnyAsync(ct)) return;
        await using var file = File.OpenRead(Path.Combine(assets, "areas", "china-areas.json"));
        var areas = await JsonSerializer.DeserializeAsync<List<AreaNode>>(file, Json, ct) ?? [];
        // Parents first, so the self-reference is satisfied row by row.
        db.Areas.AddRange(areas.OrderBy(a => a.Id.ToString().Length).ThenBy(a => a.Id)
            .Select(a => new Area { Id = a.Id, Name = a.Name, ParentId = a.ParentId }));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Imported {Count} areas", areas.Count);
    }

    private async Task SeedCatalogAsync(string assets, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Categories.AnyAsync(ct)) return;
        var catalogDir = Path.Combine(assets, "catalog");
        await using var file = File.OpenRead(Path.Combine(catalogDir, "catalog.json"));
        var catalog = await JsonSerializer.DeserializeAsync<CatalogFile>(file, Json, ct)
                      ?? throw new InvalidDataException("catalog.json is empty");

        var images = new CatalogImageUploader(blobs, catalogDir);
        // All or nothing; inside the provider's execution strategy (Npgsql retries transient faults, and a
        // retrying strategy only allows transactions it can replay as a whole).
        var counts = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await new CatalogImport(db, images, clock.GetUtcNow().UtcDateTime).RunAsync(catalog, ct);
            await tx.CommitAsync(ct);
            return result;
        });
        logger.LogInformation("Imported demo catalog: {Categories} categories, {Brands} brands, {Spus} SPUs, {Skus} SKUs, {Images} images",
            counts.Categories, counts.Brands, counts.Spus, counts.Skus, images.Uploaded);
    }
}
