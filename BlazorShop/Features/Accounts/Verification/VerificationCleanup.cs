using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// Every few minutes, deletes what can no longer be used: expired captchas and SMS codes, finished rate-limit
/// windows, old development-outbox messages and long-given-up outgoing ones. Idempotent, so every instance may run it.
/// </summary>
public sealed class VerificationCleanup(IDbContextFactory<ShopDbContext> dbFactory, TimeProvider time, ILogger<VerificationCleanup> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogWarning(e, "Deleting expired captchas and codes failed; trying again in {Interval}", Interval); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public async Task SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        var weekAgo = now.AddDays(-7);
        var monthAgo = now.AddDays(-30);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Captchas.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(ct);
        await db.SmsCodes.Where(c => c.ExpiresAt < dayAgo).ExecuteDeleteAsync(ct);
        await db.RateCounters.Where(c => c.WindowStart < dayAgo).ExecuteDeleteAsync(ct);
        await db.DevOutbox.Where(m => m.SentAt < weekAgo).ExecuteDeleteAsync(ct);
        await db.OutgoingMessages.Where(m => m.GaveUpAt != null && m.GaveUpAt < monthAgo).ExecuteDeleteAsync(ct);
    }
}
