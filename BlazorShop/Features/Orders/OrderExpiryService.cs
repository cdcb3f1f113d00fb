using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Orders;

/// <summary>
/// Cancels unpaid orders whose time is up and returns their stock. The state lives in the database (each order's
/// <c>ExpiresAt</c>), so a restart loses nothing; several instances may sweep at once, since each cancellation is a
/// conditional transition that only one of them can make.
/// </summary>
public sealed class OrderExpiryService(OrderActions actions, IOptions<OrderOptions> options, TimeProvider clock,
    ILogger<OrderExpiryService> log) : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpirySweepInterval, clock);
        do
        {
            try
            {
                int cancelled;
                do
                {
                    cancelled = await actions.ExpireDueAsync(Batch, stoppingToken);
                    if (cancelled > 0) log.LogInformation("Cancelled {Count} unpaid orders whose time was up", cancelled);
                } while (cancelled == Batch && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Expiry sweep failed; trying again in {Interval}", options.Value.ExpirySweepInterval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
