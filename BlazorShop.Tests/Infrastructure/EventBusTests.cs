using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace BlazorShop.Tests.Infrastructure;

public class EventBusTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task In_process_bus_delivers_to_subscribers_until_they_unsubscribe()
    {
        var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
        var received = new TaskCompletionSource<SkuChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherType = 0;
        var subscription = bus.Subscribe<SkuChanged>(e => { received.TrySetResult(e); return Task.CompletedTask; });
        using var _ = bus.Subscribe<CartChanged>(_ => { Interlocked.Increment(ref otherType); return Task.CompletedTask; });

        await bus.PublishAsync(new SkuChanged(7, 12.50m, 3, true));
        Assert.Equal(new SkuChanged(7, 12.50m, 3, true), await received.Task.WaitAsync(Wait));
        Assert.Equal(0, otherType);

        subscription.Dispose();
        var late = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var probe = bus.Subscribe<SkuChanged>(_ => { late.TrySetResult(); return Task.CompletedTask; });
        await bus.PublishAsync(new SkuChanged(8, 1m, 1, true));
        await late.Task.WaitAsync(Wait); // delivered to the live subscriber, and the disposed one was not called again
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var bad = bus.Subscribe<CartChanged>(_ => throw new InvalidOperationException("page gone"));
        using var good = bus.Subscribe<CartChanged>(_ => { received.TrySetResult(); return Task.CompletedTask; });
        await bus.PublishAsync(new CartChanged("u:1"));
        await received.Task.WaitAsync(Wait);
    }

    [ServiceFact(Service.Redis)]
    public async Task Redis_bus_carries_an_event_from_one_instance_to_another_and_to_the_pages_showing_that_sku()
    {
        var redis = TestServices.Require(TestServices.Redis, "BLAZORSHOP_TEST_REDIS");
        var channel = "bs-test:" + Guid.NewGuid().ToString("N");
        // Two connections and two buses: two app instances sharing one Redis.
        using var connectionA = await ConnectionMultiplexer.ConnectAsync(RedisSetup.Options(redis));
        using var connectionB = await ConnectionMultiplexer.ConnectAsync(RedisSetup.Options(redis));
        using var instanceA = new RedisEventBus(connectionA, NullLogger<RedisEventBus>.Instance, channel);
        using var instanceB = new RedisEventBus(connectionB, NullLogger<RedisEventBus>.Instance, channel);

        var onB = new TaskCompletionSource<SkuChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pageOnB = new TaskCompletionSource<SkuChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherPages = 0;
        using var subscription = instanceB.Subscribe<SkuChanged>(e => { onB.TrySetResult(e); return Task.CompletedTask; });
        using var showing = instanceB.Subscribe<SkuChanged>([42], e => { pageOnB.TrySetResult(e); return Task.CompletedTask; });
        using var notShowing = instanceB.Subscribe<SkuChanged>([43], _ => { Interlocked.Increment(ref otherPages); return Task.CompletedTask; });

        var received = await PublishUntilReceivedAsync(() => instanceA.PublishAsync(new SkuChanged(42, 4299.00m, 0, false)), onB.Task);

        Assert.Equal(new SkuChanged(42, 4299.00m, 0, false), received);
        Assert.Equal(received, await pageOnB.Task.WaitAsync(Wait));
        Assert.Equal(0, otherPages);
    }

    [ServiceFact(Service.Redis)]
    public async Task Redis_bus_ignores_messages_that_are_not_our_events()
    {
        var redis = TestServices.Require(TestServices.Redis, "BLAZORSHOP_TEST_REDIS");
        var channel = "bs-test:" + Guid.NewGuid().ToString("N");
        using var connection = await ConnectionMultiplexer.ConnectAsync(RedisSetup.Options(redis));
        using var bus = new RedisEventBus(connection, NullLogger<RedisEventBus>.Instance, channel);
        var received = new TaskCompletionSource<CartChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = bus.Subscribe<CartChanged>(e => { received.TrySetResult(e); return Task.CompletedTask; });

        var raw = connection.GetSubscriber();
        var cart = await PublishUntilReceivedAsync(async () =>
        {
            await raw.PublishAsync(channel, "System.Diagnostics.Process\n{\"StartInfo\":{}}");
            await raw.PublishAsync(channel, "garbage");
            await bus.PublishAsync(new CartChanged("u:5"));
        }, received.Task);

        Assert.Equal("u:5", cart.Cart);
    }


    /// <summary>
    /// A subscription becomes active when Redis acknowledges it; a message published before that is (rightly) not
    /// delivered. So publish again every 100 ms until the subscriber hears one — this tests delivery, not timing.
    /// </summary>
    private static async Task<T> PublishUntilReceivedAsync<T>(Func<Task> publish, Task<T> received)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!received.IsCompleted && DateTime.UtcNow < deadline)
        {
            await publish();
            await Task.WhenAny(received, Task.Delay(100));
        }
        return await received.WaitAsync(TimeSpan.FromSeconds(1));
    }
}
