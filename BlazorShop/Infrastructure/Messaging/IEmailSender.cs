namespace BlazorShop.Infrastructure.Messaging;

/// <summary>
/// Delivers one plain-text e-mail. Called by <see cref="MessageDispatcher"/> off the request path; an exception
/// means "not delivered, try again later". Implementations: <see cref="OutboxEmailSender"/> (development default)
/// and <see cref="SmtpEmailSender"/>.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
