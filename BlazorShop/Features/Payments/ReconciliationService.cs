using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments;

/// <summary>Runs <see cref="PaymentReconciler"/> every <c>Payment:ReconcileInterval</c> (safe on several instances).</summary>
public sealed class ReconciliationService(PaymentReconciler reconciler, IOptions<PaymentOptions> options, TimeProvider clock,
    ILogger<ReconciliationService> log) : BackgroundService
{
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileInterval, clock);
        do
        {
            try
            {
                while (await reconciler.ReconcileDueAsync(Batch, stoppingToken) == Batch && !stoppingToken.IsCancellationRequested) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Payment reconciliation failed; trying again in {Interval}", options.Value.ReconcileInterval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
