namespace BlazorShop.Features.Accounts.Verification;

/// <summary>What the page's script posts to /sms-code (with the form's antiforgery token).</summary>
public sealed class SmsCodeForm
{
    /// <summary>"register" or "reset".</summary>
    public string? Purpose { get; set; }
    public string? Mobile { get; set; }
    public string? CaptchaId { get; set; }
    public string? Captcha { get; set; }
}
