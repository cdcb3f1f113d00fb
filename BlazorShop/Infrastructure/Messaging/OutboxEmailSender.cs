using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Development: the e-mail is stored in the database and shown at /dev/outbox instead of being sent.</summary>
public sealed class OutboxEmailSender(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken ct) =>
        DevOutbox.StoreAsync(dbFactory, new DevOutboxMessage
        {
            Channel = MessageChannel.Email, Recipient = message.To, Subject = message.Subject, Body = message.Body,
            SentAt = time.GetUtcNow().UtcDateTime,
        }, ct);
}
