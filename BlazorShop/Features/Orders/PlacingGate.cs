using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Orders;

/// <summary>
/// How many placing transactions that take the same SKU this instance lets into the database at once
/// (<see cref="OrderOptions.PlacingPerSku"/>); the rest wait here, in the app, before their transaction begins.
/// A rush on one SKU then queues on a semaphore instead of on the SKU's row lock: a few hundred backends waiting on one
/// row spend the database's time on its lock manager, and every hand-over of the row gets slower — a handful waiting
/// keeps the row busy all the same. SKUs share one of <see cref="Stripes"/> semaphores by id; an order of several
/// SKUs takes its stripes in ascending order, so two orders never wait on each other in a circle. Nothing is waited
/// for while a database lock is held (the gate is passed before the transaction begins).
/// </summary>
public sealed class PlacingGate(IOptions<OrderOptions> options)
{
    public const int Stripes = 256;

    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(options.Value.PlacingPerSku))];

    /// <summary>Waits for a place for every SKU in <paramref name="skuIds"/>; disposing the result gives them back.</summary>
    public async Task<IDisposable> EnterAsync(IEnumerable<long> skuIds, CancellationToken ct)
    {
        var taken = new List<SemaphoreSlim>();
        try
        {
            foreach (var stripe in skuIds.Select(id => (int)((ulong)id % Stripes)).Distinct().Order())
            {
                await stripes[stripe].WaitAsync(ct);
                taken.Add(stripes[stripe]);
            }
            return new Passage(taken);
        }
        catch
        {
            foreach (var s in taken) s.Release();
            throw;
        }
    }

    private sealed class Passage(List<SemaphoreSlim> taken) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                foreach (var s in taken) s.Release();
        }
    }
}
