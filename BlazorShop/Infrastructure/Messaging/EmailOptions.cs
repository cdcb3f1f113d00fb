using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>E-mail (section <c>Messaging:Email</c>): the provider, the sender, and the SMTP server when it is <c>Smtp</c>. Validated at start.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Messaging:Email";

    public EmailProvider Provider { get; set; } = EmailProvider.Outbox;
    public string From { get; set; } = "noreply@blazorshop.local";
    /// <summary>The sender's display name; empty means the shop's name from the resources.</summary>
    public string FromName { get; set; } = "";
    public SmtpOptions SmtpServer { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailAddress.TryCreate(From, out _))
            yield return new ValidationResult("Messaging:Email:From is not an e-mail address", [nameof(From)]);
        if (Provider != EmailProvider.Smtp) yield break;
        if (string.IsNullOrWhiteSpace(SmtpServer.Host))
            yield return new ValidationResult("Messaging:Email:Provider is Smtp but Messaging:Email:SmtpServer:Host is not set", [nameof(SmtpServer)]);
        if (SmtpServer.Port is < 1 or > 65535)
            yield return new ValidationResult("Messaging:Email:SmtpServer:Port must be 1-65535", [nameof(SmtpServer)]);
        if (SmtpServer.Timeout <= TimeSpan.Zero)
            yield return new ValidationResult("Messaging:Email:SmtpServer:Timeout must be positive", [nameof(SmtpServer)]);
    }
}
