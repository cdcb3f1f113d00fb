using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Production e-mail through an SMTP server with the BCL's <see cref="SmtpClient"/> (STARTTLS when EnableSsl).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, IStringLocalizer<SharedResource> localizer) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var email = options.Value;
        var smtp = email.SmtpServer;
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        using var mail = new MailMessage(new MailAddress(email.From, email.FromName is { Length: > 0 } name ? name : localizer["ShopName"], Encoding.UTF8), new MailAddress(message.To))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        await client.SendMailAsync(mail, ct);
    }
}
