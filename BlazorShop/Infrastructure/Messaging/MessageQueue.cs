using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>
/// How features send SMS and e-mail: the message is written to the <see cref="OutgoingMessage"/> table (so it survives
/// a restart and any instance can send it) and this instance's <see cref="MessageDispatcher"/> is woken; the request
/// never waits for a gateway or an SMTP server.
/// </summary>
public sealed class MessageQueue(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time, MessageDispatchSignal signal)
{
    public Task EnqueueSmsAsync(string mobile, string text, CancellationToken ct = default) =>
        EnqueueAsync(MessageChannel.Sms, mobile, null, text, ct);

    public Task EnqueueEmailAsync(string to, string subject, string body, CancellationToken ct = default) =>
        EnqueueAsync(MessageChannel.Email, to, subject, body, ct);

    private async Task EnqueueAsync(MessageChannel channel, string recipient, string? subject, string body, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.OutgoingMessages.Add(new OutgoingMessage
            {
                Channel = channel, Recipient = recipient, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now,
            });
            await db.SaveChangesAsync(ct);
        }
        signal.Wake();
    }
}
