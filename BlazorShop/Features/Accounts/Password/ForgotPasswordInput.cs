using BlazorShop.Features.Accounts.Components;

namespace BlazorShop.Features.Accounts.Password;

/// <summary>The forgot-password form as posted: the mobile number, proven by an SMS code, and the new password.</summary>
public sealed class ForgotPasswordInput : ISmsCodeForm
{
    public string Mobile { get; set; } = "";
    public string CaptchaId { get; set; } = "";
    public string Captcha { get; set; } = "";
    public string SmsCode { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
    /// <summary>"send-code", "captcha" or "reset" (Enter).</summary>
    public string? Action { get; set; }
}
