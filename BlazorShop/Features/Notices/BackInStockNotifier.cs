using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;

namespace BlazorShop.Features.Notices;

/// <summary>
/// Listens for SKU changes (orders cancelled or expired, admin stock edits — on any instance, through the bus) and,
/// when a SKU is in stock and on sale, tells its waiting subscribers (<see cref="StockAlerts.NotifyAsync"/>), then
/// their open pages (<see cref="NoticesChanged"/>). The work runs off the publisher's path: publishing never waits.
/// </summary>
public sealed class BackInStockNotifier(IEventBus bus, StockAlerts alerts, ILogger<BackInStockNotifier> log) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe<SkuChanged>(change =>
        {
            if (change.Stock > 0 && change.IsLaunched) _ = Task.Run(() => NotifyAsync(change.SkuId), CancellationToken.None);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    private async Task NotifyAsync(long skuId)
    {
        try
        {
            foreach (var user in await alerts.NotifyAsync(skuId))
                await bus.PublishAsync(new NoticesChanged(user));
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Telling the subscribers of SKU {SkuId} that it is back in stock failed; they are told at its next change", skuId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
