using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Development: the text message is stored in the database and shown at /dev/outbox instead of being sent.</summary>
public sealed class OutboxSmsSender(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken ct) =>
        DevOutbox.StoreAsync(dbFactory, new DevOutboxMessage
        {
            Channel = MessageChannel.Sms, Recipient = message.Mobile, Body = message.Text, SentAt = time.GetUtcNow().UtcDateTime,
        }, ct);
}
