namespace BlazorShop.Features.Accounts.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per client address per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsValid() => PermitLimit >= 1 && Window > TimeSpan.Zero;
}
