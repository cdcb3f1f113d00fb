using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>A provider that cannot work (no gateway URL, no SMTP host, a bad sender address) stops the start with one line.</summary>
public sealed class MessagingOptionsValidator : IValidateOptions<MessagingOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        var failures = new List<string>();
        var sms = options.Sms;
        if (Is(sms.Provider, SmsOptions.Http))
        {
            if (!Uri.TryCreate(sms.Gateway.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                failures.Add("Messaging:Sms:Gateway:Url must be an absolute http(s) URL when Messaging:Sms:Provider is Http");
            if (string.IsNullOrWhiteSpace(sms.Gateway.ApiKey))
                failures.Add("Messaging:Sms:Gateway:ApiKey is required when Messaging:Sms:Provider is Http");
            if (sms.Gateway.Timeout <= TimeSpan.Zero || sms.Gateway.Timeout > TimeSpan.FromMinutes(2))
                failures.Add("Messaging:Sms:Gateway:Timeout must be between 0 and 2 minutes");
        }
        else if (!Is(sms.Provider, SmsOptions.Outbox))
            failures.Add($"Messaging:Sms:Provider is '{sms.Provider}'; expected Outbox or Http");

        var email = options.Email;
        if (!MailAddress.TryCreate(email.From, out _))
            failures.Add("Messaging:Email:From must be an e-mail address");
        if (Is(email.Provider, EmailOptions.Smtp))
        {
            if (string.IsNullOrWhiteSpace(email.SmtpServer.Host))
                failures.Add("Messaging:Email:SmtpServer:Host is required when Messaging:Email:Provider is Smtp");
            if (email.SmtpServer.Port is < 1 or > 65535)
                failures.Add("Messaging:Email:SmtpServer:Port must be 1-65535");
            if (email.SmtpServer.Timeout <= TimeSpan.Zero)
                failures.Add("Messaging:Email:SmtpServer:Timeout must be positive");
        }
        else if (!Is(email.Provider, EmailOptions.Outbox))
            failures.Add($"Messaging:Email:Provider is '{email.Provider}'; expected Outbox or Smtp");

        var dispatch = options.Dispatch;
        if (dispatch.MaxAttempts is < 1 or > 50) failures.Add("Messaging:Dispatch:MaxAttempts must be 1-50");
        if (dispatch.PollInterval <= TimeSpan.Zero) failures.Add("Messaging:Dispatch:PollInterval must be positive");
        if (dispatch.RetryDelay < TimeSpan.Zero) failures.Add("Messaging:Dispatch:RetryDelay must not be negative");
        if (dispatch.ClaimFor <= TimeSpan.Zero) failures.Add("Messaging:Dispatch:ClaimFor must be positive");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool Is(string? configured, string provider) => string.Equals(configured, provider, StringComparison.OrdinalIgnoreCase);
}
