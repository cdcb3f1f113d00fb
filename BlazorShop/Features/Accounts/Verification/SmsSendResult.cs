namespace BlazorShop.Features.Accounts.Verification;

/// <summary>What became of a request for an SMS code; <see cref="RetryAfter"/> when a limit said no.</summary>
public sealed record SmsSendResult(SmsSendStatus Status, TimeSpan? RetryAfter = null)
{
    public bool Sent => Status == SmsSendStatus.Sent;
}
