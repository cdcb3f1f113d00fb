namespace BlazorShop.Features.Cart;

/// <summary>
/// The database store's counterpart of Redis key expiry: every few hours, guest carts idle longer than
/// <see cref="CartOptions.GuestIdleExpiry"/> are deleted (a cart read after its expiry is dropped on the spot anyway).
/// </summary>
public sealed class GuestCartSweeper(ICartStore store, TimeProvider clock, ILogger<GuestCartSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not DatabaseCartStore database) return;
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                var deleted = await database.DeleteIdleGuestCartsAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Lines} lines of idle guest carts", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sweeping idle guest carts failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
