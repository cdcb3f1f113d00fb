namespace BlazorShop.Features.Accounts.Components;

/// <summary>A form with a mobile number proven by an SMS code (register, forgot password), as <see cref="SmsCodeFields"/> renders it.</summary>
public interface ISmsCodeForm
{
    string Mobile { get; }
    string CaptchaId { get; }
    string Captcha { get; }
    string SmsCode { get; }
}
