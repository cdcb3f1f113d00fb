namespace BlazorShop.Tests.TestSupport;

/// <summary>A clock the test moves by hand (expiry rules).</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public FakeClock() : this(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero)) { }
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}
