using System.Diagnostics;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorShop.Benchmarks;

/// <summary>
/// One SkuChanged to many open pages through the real in-process bus. Each subscriber stands for a circuit: its
/// handler hops onto its own serial queue (as InvokeAsync does), "renders" (a little CPU work) and notes the time.
/// Other pages subscribed to other SKUs are there too, to show that an event only costs the pages that show it.
/// </summary>
public static class FanOutBenchmark
{
    public sealed record Result(int Subscribers, int Bystanders, double PublishP50Us, double PublishMaxUs, double DeliveryP50Ms, double DeliveryP95Ms, double DeliveryMaxMs);

    public static async Task<Result> RunAsync(int subscribers = 1000, int bystanders = 9000, int events = 30)
    {
        using var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance, Options.Create(new EventDispatchOptions()));
        var deliveries = new List<double>();
        var published = 0L;
        var arrived = 0;
        var round = new TaskCompletionSource();
        var subscriptions = new List<IDisposable>();
        for (var i = 0; i < subscribers; i++)
        {
            var circuit = new SemaphoreSlim(1, 1); // a circuit renders one thing at a time
            subscriptions.Add(bus.Subscribe<SkuChanged>([1], async change =>
            {
                await circuit.WaitAsync();
                try
                {
                    await Task.Yield();
                    Render(change);
                    var ms = Stopwatch.GetElapsedTime(Volatile.Read(ref published)).TotalMilliseconds;
                    lock (deliveries) deliveries.Add(ms);
                }
                finally { circuit.Release(); }
                if (Interlocked.Increment(ref arrived) == subscribers) round.TrySetResult();
            }));
        }
        for (var i = 0; i < bystanders; i++) subscriptions.Add(bus.Subscribe<SkuChanged>([2 + i % 500], _ => Task.CompletedTask));

        var publishTimes = new List<double>();
        for (var e = 0; e < events; e++)
        {
            round = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref arrived, 0);
            var start = Stopwatch.GetTimestamp();
            Volatile.Write(ref published, start);
            await bus.PublishAsync(new SkuChanged(1, 100m + e, 10 + e, true));
            publishTimes.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            await round.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(50);
        }
        subscriptions.ForEach(s => s.Dispose());
        // The first round warms up the thread pool and JIT: leave it out.
        var measured = deliveries.Skip(subscribers).ToList();
        return new Result(subscribers, bystanders, P(publishTimes.Skip(1).ToList(), 50), publishTimes.Skip(1).Max(),
            P(measured, 50), P(measured, 95), measured.Max());
    }

    private static void Render(SkuChanged change)
    {
        // About what re-rendering a price and a stock badge costs: format two values, compare with the old text.
        var text = change.Price.ToString("C2") + change.Stock.ToString();
        if (text.Length == 0) throw new InvalidOperationException();
    }

    public static double P(IReadOnlyList<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
