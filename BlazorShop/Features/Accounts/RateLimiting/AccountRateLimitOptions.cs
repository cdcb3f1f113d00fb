using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Accounts.RateLimiting;

/// <summary>
/// Per-client limits of ASP.NET Core's rate limiter on the account endpoints (section <c>Accounts:RateLimits</c>; each
/// instance counts its own). Validated at start.
/// </summary>
public sealed class AccountRateLimitOptions : IValidatableObject
{
    public const string Section = "Accounts:RateLimits";

    /// <summary>Password posts: the login form, the QQ binding form, the change-password form.</summary>
    public RateLimitRule Login { get; set; } = new() { PermitLimit = 10 };
    /// <summary>Posts that send a code or an e-mail: the SMS-code endpoint, register, forgot password, set e-mail.</summary>
    public RateLimitRule Codes { get; set; } = new() { PermitLimit = 10 };
    /// <summary>"Is this name / number free?" while typing, and captcha images.</summary>
    public RateLimitRule Checks { get; set; } = new() { PermitLimit = 60 };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        new[] { (nameof(Login), Login), (nameof(Codes), Codes), (nameof(Checks), Checks) }
            .SelectMany(r => r.Item2.Validate(validationContext).Select(v => new ValidationResult($"{Section}:{r.Item1}: {v.ErrorMessage}", [r.Item1])));
}
