namespace BlazorShop.Features.Accounts.RateLimiting;

/// <summary><c>Accounts:RateLimits</c>: per-client limits of ASP.NET Core's rate limiter on the account endpoints (each instance counts its own).</summary>
public sealed class AccountRateLimitOptions
{
    public const string Section = "Accounts:RateLimits";

    /// <summary>Password posts: the login form, the QQ binding form, the change-password form.</summary>
    public RateLimitRule Login { get; set; } = new() { PermitLimit = 10 };
    /// <summary>Posts that send a code or an e-mail: the SMS-code endpoint, register, forgot password, set e-mail.</summary>
    public RateLimitRule Codes { get; set; } = new() { PermitLimit = 10 };
    /// <summary>"Is this name / number free?" while typing, and new captcha images.</summary>
    public RateLimitRule Checks { get; set; } = new() { PermitLimit = 60 };

    public bool IsValid() => Login.IsValid() && Codes.IsValid() && Checks.IsValid();
}
