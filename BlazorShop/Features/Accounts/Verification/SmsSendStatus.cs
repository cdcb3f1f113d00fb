namespace BlazorShop.Features.Accounts.Verification;

public enum SmsSendStatus
{
    Sent,
    InvalidMobile,
    CaptchaWrong,
    MobileTaken,
    TooSoon,
    ClientLimit,
}
