namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// The real clock plus an offset the test moves forward: expiry and "try again in 60 s" without waiting, for a whole
/// running app. (<see cref="TestClock"/> stands still at a fixed date, which suits a service under test but not an app
/// whose cookies, antiforgery tokens and Data Protection keys are dated by the real clock.)
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
