using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>
/// Sends queued messages in the background. Each due message is claimed with one conditional UPDATE (so two instances
/// never send it twice while the claim holds), handed to <see cref="ISmsSender"/> / <see cref="IEmailSender"/>,
/// deleted when delivered; a failure is logged (never the text: it may hold a code) and retried after a doubling
/// delay, up to <see cref="MessageDispatchOptions.MaxAttempts"/>.
/// </summary>
public sealed class MessageDispatcher(
    IServiceScopeFactory scopes, IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time, MessageDispatchSignal signal,
    IOptions<MessageDispatchOptions> options, IOptions<SmsOptions> sms, IOptions<EmailOptions> email, IHostEnvironment environment,
    ILogger<MessageDispatcher> logger) : BackgroundService
{
    private const int Batch = 20;
    private MessageDispatchOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsProduction())
        {
            if (sms.Value.Provider == SmsProvider.Outbox)
                logger.LogWarning("Messaging:Sms:Provider is Outbox: text messages (verification codes) are only stored in the database, nobody receives them");
            if (email.Value.Provider == EmailProvider.Outbox)
                logger.LogWarning("Messaging:Email:Provider is Outbox: e-mails are only stored in the database, nobody receives them");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Settings.PollInterval;
            try
            {
                while (await SendDueAsync(stoppingToken) == Batch) { }
                // Sleep until the next retry is due (or a message is queued here, or the poll for orphans comes round).
                if (await NextAttemptAsync(stoppingToken) is { } next)
                {
                    var untilNext = next - time.GetUtcNow().UtcDateTime;
                    if (untilNext < wait) wait = untilNext < MinimumWait ? MinimumWait : untilNext;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogError(e, "Sending queued messages failed; trying again in {Interval}", Settings.PollInterval);
            }
            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(50);

    /// <summary>When the earliest unclaimed message still to be sent is due (a retry), or null when none waits.</summary>
    private async Task<DateTime?> NextAttemptAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OutgoingMessages.Where(m => m.GaveUpAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => (DateTime?)m.NextAttemptAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>Sends (or fails) the messages that are due now, at most one batch; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            due = await db.OutgoingMessages
                .Where(m => m.GaveUpAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        }
        var attempted = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(id, ct) is not { } message) continue;
            attempted++;
            await SendAsync(message, ct);
        }
        return attempted;
    }

    private async Task<OutgoingMessage?> ClaimAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.OutgoingMessages
            .Where(m => m.Id == id && m.GaveUpAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + Settings.ClaimFor), ct);
        return claimed == 1 ? await db.OutgoingMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) : null;
    }

    private async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (message.Channel == MessageChannel.Sms)
                    await scope.ServiceProvider.GetRequiredService<ISmsSender>().SendAsync(new SmsMessage(message.Recipient, message.Body), ct);
                else
                    await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(message.Recipient, message.Subject ?? "", message.Body), ct);
            }
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.OutgoingMessages.Where(m => m.Id == message.Id).ExecuteDeleteAsync(ct);
            logger.LogInformation("Sent {Channel} message {MessageId} to {Recipient}", message.Channel, message.Id, Mask(message.Recipient));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await RecordFailureAsync(message, e, ct);
        }
    }

    private async Task RecordFailureAsync(OutgoingMessage message, Exception error, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        var givingUp = attempts >= Settings.MaxAttempts;
        var next = now + Settings.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        var reason = error.Message.Length > 500 ? error.Message[..500] : error.Message;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.OutgoingMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LockedUntil, (DateTime?)null)
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.GaveUpAt, givingUp ? now : null), ct);
        if (givingUp)
            logger.LogError("Gave up sending {Channel} message {MessageId} to {Recipient} after {Attempts} attempts: {Error}",
                message.Channel, message.Id, Mask(message.Recipient), attempts, reason);
        else
            logger.LogWarning("Sending {Channel} message {MessageId} to {Recipient} failed (attempt {Attempt} of {MaxAttempts}), retrying at {NextAttempt:O}: {Error}",
                message.Channel, message.Id, Mask(message.Recipient), attempts, Settings.MaxAttempts, next, reason);
    }

    /// <summary>"138****8000", "d***@example.com": enough to tell messages apart in a log, not to collect addresses.</summary>
    public static string Mask(string recipient)
    {
        var at = recipient.IndexOf('@', StringComparison.Ordinal);
        if (at > 0) return recipient[0] + "***" + recipient[at..];
        return recipient.Length >= 7 ? recipient[..3] + "****" + recipient[^4..] : "***";
    }
}
