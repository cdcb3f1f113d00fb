namespace BlazorShop.Infrastructure.Seeding;

/// <summary>
/// One piece of start-up data work, run after the migrations in <see cref="Order"/> (lowest first). Every step checks
/// before it writes, so a restart or a second instance does nothing twice. Infrastructure contributes the accounts
/// and the demo data; features plug in their own (Search re-indexes rows written before its columns existed).
/// </summary>
public interface IDataSeedStep
{
    int Order { get; }
    Task RunAsync(CancellationToken ct);
}
