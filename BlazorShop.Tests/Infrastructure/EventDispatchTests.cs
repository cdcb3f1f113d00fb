using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorShop.Tests.Infrastructure;

/// <summary>How events reach open pages: without holding up the publisher, only where they matter, in order.</summary>
public class EventDispatchTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static InProcessEventBus Bus(EventDispatchOptions? options = null) =>
        new(NullLogger<InProcessEventBus>.Instance, Options.Create(options ?? new EventDispatchOptions()));

    [Fact]
    public async Task Publishing_returns_at_once_while_a_slow_subscriber_is_still_busy_and_the_others_hear_it()
    {
        using var bus = Bus();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slow = bus.Subscribe<SkuChanged>(async _ => { slowStarted.TrySetResult(); await release.Task; });
        using var quick = bus.Subscribe<SkuChanged>(_ => { fast.TrySetResult(); return Task.CompletedTask; });

        var publish = bus.PublishAsync(new SkuChanged(1, 1m, 1, true));

        Assert.True(publish.IsCompleted); // the publisher never waits for a subscriber
        await slowStarted.Task.WaitAsync(Wait);
        await fast.Task.WaitAsync(Wait); // ... and the slow page does not hold up the fast one
        release.SetResult();
    }

    [Fact]
    public async Task A_page_subscribed_to_some_skus_hears_only_those()
    {
        using var bus = Bus();
        var heard = new List<long>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = bus.Subscribe<SkuChanged>([3, 5], e => { lock (heard) heard.Add(e.SkuId); if (e.SkuId == 5) done.TrySetResult(); return Task.CompletedTask; });

        foreach (var id in new long[] { 1, 2, 3, 4, 5 }) await bus.PublishAsync(new SkuChanged(id, 1m, 1, true));

        await done.Task.WaitAsync(Wait);
        Assert.Equal([3, 5], heard);
    }

    [Fact]
    public async Task Each_subscriber_gets_its_events_in_the_order_they_were_published()
    {
        using var bus = Bus(new EventDispatchOptions { MaxConcurrency = 4 });
        const int count = 200;
        var seen = new List<int>[3];
        var done = new CountdownEvent(seen.Length);
        var subscriptions = Enumerable.Range(0, seen.Length).Select(i =>
        {
            seen[i] = [];
            return bus.Subscribe<SkuChanged>([7], async e =>
            {
                if (e.Stock % 7 == i) await Task.Delay(1); // uneven handler times
                seen[i].Add(e.Stock);
                if (seen[i].Count == count) done.Signal();
            });
        }).ToList();

        for (var n = 0; n < count; n++) await bus.PublishAsync(new SkuChanged(7, 1m, n, true));

        Assert.True(done.Wait(Wait));
        foreach (var list in seen) Assert.Equal(Enumerable.Range(0, count), list);
        subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task A_subscriber_slower_than_the_limit_gives_its_delivery_slot_back()
    {
        // One slot in all: without the limit the stuck page would keep everyone else from hearing anything.
        using var bus = Bus(new EventDispatchOptions { MaxConcurrency = 1, SlowHandler = TimeSpan.FromMilliseconds(50) });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stuck = bus.Subscribe<CartChanged>(_ => release.Task);
        using var other = bus.Subscribe<CartChanged>([9], _ => { heard.TrySetResult(); return Task.CompletedTask; });

        await bus.PublishAsync(new CartChanged("u:9"));

        await heard.Task.WaitAsync(Wait);
        release.SetResult();
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        using var bus = Bus();
        var calls = 0;
        var probe = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var page = bus.Subscribe<SkuChanged>([1], _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; });
        page.Dispose();
        using var later = bus.Subscribe<SkuChanged>([1], _ => { probe.TrySetResult(); return Task.CompletedTask; });

        await bus.PublishAsync(new SkuChanged(1, 1m, 1, true));

        await probe.Task.WaitAsync(Wait);
        Assert.Equal(0, calls);
    }

}
