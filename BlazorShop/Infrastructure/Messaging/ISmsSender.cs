namespace BlazorShop.Infrastructure.Messaging;

/// <summary>
/// Delivers one text message to a mobile number. Called by <see cref="MessageDispatcher"/> off the request path
/// (features queue messages with <see cref="MessageQueue"/>); an exception means "not delivered, try again later".
/// Implementations: <see cref="OutboxSmsSender"/> (development default) and <see cref="HttpSmsSender"/>.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken ct);
}
