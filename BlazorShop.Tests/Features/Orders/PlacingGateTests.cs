using BlazorShop.Features.Orders;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace BlazorShop.Tests.Features.Orders;

/// <summary>The placing gate: a rush on one SKU queues in the app, other SKUs pass, orders of several SKUs never wait in a circle.</summary>
public class PlacingGateTests
{
    private static PlacingGate Gate(int perSku) => new(MsOptions.Create(new OrderOptions { PlacingPerSku = perSku }));

    [Fact]
    public async Task No_more_than_the_configured_number_of_placings_of_one_sku_are_inside_at_once()
    {
        var gate = Gate(3);
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(async () =>
        {
            using (await gate.EnterAsync([42], CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await Task.Delay(5);
                Interlocked.Decrement(ref inside);
            }
        })));
        Assert.Equal(3, most);
    }

    [Fact]
    public async Task A_full_sku_does_not_hold_up_another()
    {
        var gate = Gate(1);
        using var hot = await gate.EnterAsync([1], CancellationToken.None);
        var waiting = gate.EnterAsync([1], CancellationToken.None);

        using var other = await gate.EnterAsync([2], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(waiting.IsCompleted);
        hot.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Orders_of_the_same_skus_listed_in_opposite_orders_never_deadlock()
    {
        var gate = Gate(1);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            long[] skus = i % 2 == 0 ? [7, 9, 300] : [300, 9, 7];
            using (await gate.EnterAsync(skus, CancellationToken.None)) await Task.Yield();
        }))).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_shopper_who_gives_up_waiting_gives_back_what_they_held()
    {
        var gate = Gate(1);
        var hot = await gate.EnterAsync([PlacingGate.Stripes + 5L], CancellationToken.None); // the stripe after 4's
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync([4, PlacingGate.Stripes + 5L], cancel.Token); // holds 4's stripe, waits for 5's

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        hot.Dispose();

        using var again = await gate.EnterAsync([4], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Giving_back_twice_frees_only_one_place()
    {
        var gate = Gate(1);
        var first = await gate.EnterAsync([11], CancellationToken.None);
        first.Dispose();
        first.Dispose();
        using var second = await gate.EnterAsync([11], CancellationToken.None);

        var third = gate.EnterAsync([11], CancellationToken.None);

        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        second.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
