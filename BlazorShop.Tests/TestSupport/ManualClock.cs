namespace BlazorShop.Tests.TestSupport;

/// <summary>The real clock plus an offset the test moves forward: expiry and "try again in 60 s" without waiting.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
