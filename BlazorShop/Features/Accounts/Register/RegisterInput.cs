using BlazorShop.Features.Accounts.Components;

namespace BlazorShop.Features.Accounts.Register;

/// <summary>The register form as posted (a plain form: field names are "Input.UserName" …).</summary>
public sealed class RegisterInput : ISmsCodeForm
{
    public const string SendCode = "send-code", NewCaptcha = "captcha", Submit = "register";

    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string CaptchaId { get; set; } = "";
    public string Captcha { get; set; } = "";
    public string SmsCode { get; set; } = "";
    public bool AcceptTerms { get; set; }
    /// <summary>Which button posted the form: <see cref="SendCode"/>, <see cref="NewCaptcha"/> or <see cref="Submit"/> (Enter).</summary>
    public string? Action { get; set; }
}
