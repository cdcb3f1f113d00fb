using System.Collections.Concurrent;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;

namespace BlazorShop.Features.Notices;

/// <summary>
/// Listens for SKU changes (orders cancelled or expired, admin stock edits — on any instance, through the bus) and,
/// when a SKU is in stock and on sale, tells its waiting subscribers (<see cref="StockAlerts.NotifyAsync"/>), then
/// their open pages (<see cref="NoticesChanged"/>). The work runs off the publisher's path: publishing never waits.
/// A rush of changes to one SKU (every order placed publishes one) costs at most one check running and one queued
/// behind it, not one check per change.
/// </summary>
public sealed class BackInStockNotifier(IEventBus bus, StockAlerts alerts, ILogger<BackInStockNotifier> log) : IHostedService
{
    private const int Running = 1, RunAgain = 2;
    private readonly ConcurrentDictionary<long, int> _checks = new();
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe<SkuChanged>(change =>
        {
            if (change.Stock > 0 && change.IsLaunched && _checks.AddOrUpdate(change.SkuId, Running, (_, _) => RunAgain) == Running)
                _ = Task.Run(() => CheckAsync(change.SkuId), CancellationToken.None);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    /// <summary>Checks the SKU, and again while changes kept arriving during a check.</summary>
    private async Task CheckAsync(long skuId)
    {
        while (true)
        {
            await NotifyAsync(skuId);
            // Asked again meanwhile: back to Running and check once more; else done (unless a change lands in between).
            while (!_checks.TryUpdate(skuId, Running, RunAgain))
                if (_checks.TryRemove(KeyValuePair.Create(skuId, Running))) return;
        }
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
