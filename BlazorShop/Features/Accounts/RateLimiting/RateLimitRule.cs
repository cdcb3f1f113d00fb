using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Accounts.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per client address per <see cref="Window"/>.</summary>
public sealed class RateLimitRule : IValidatableObject
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PermitLimit < 1) yield return new ValidationResult("PermitLimit must be at least 1", [nameof(PermitLimit)]);
        if (Window <= TimeSpan.Zero || Window > TimeSpan.FromDays(1)) yield return new ValidationResult("Window must be more than 0 and at most a day", [nameof(Window)]);
    }
}
