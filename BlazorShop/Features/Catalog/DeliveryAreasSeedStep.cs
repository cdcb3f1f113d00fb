using BlazorShop.Infrastructure.Seeding;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// Loads the provinces of the product page's delivery chooser into memory once the areas are imported, so an open
/// product page never queries for them (a browser visit runs the queries of one server render, no more).
/// </summary>
public sealed class DeliveryAreasSeedStep(DeliveryEstimator delivery) : IDataSeedStep
{
    public int Order => 1000;

    public Task RunAsync(CancellationToken ct) => delivery.ProvincesAsync(ct);
}
