using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments;

/// <summary>
/// Finds orders sent to the gateway that no notify settled and whose next check is due, and asks the gateway about
/// each (<see cref="IPayments.CheckNowAsync"/>). Each one is claimed first with a conditional UPDATE of its next check
/// time, so several instances running this at once never check the same order twice; checks back off (doubling from
/// <c>Payment:FirstCheckAfter</c>, at most hourly) and stop when the trade is settled, closed, or two days old.
/// </summary>
public sealed class PaymentReconciler(IDbContextFactory<ShopDbContext> contexts, IPayments payments, IOptions<PaymentOptions> options,
    TimeProvider clock, ILogger<PaymentReconciler> log)
{
    private static readonly TimeSpan MaxInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(2);

    /// <summary>Checks up to <paramref name="batch"/> due orders; returns how many this instance checked.</summary>
    public async Task<int> ReconcileDueAsync(int batch, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.PaymentAttempts.Where(a => !a.Done && a.CreatedAt < now - GiveUpAfter)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Done, true), ct);
        var due = await db.PaymentAttempts.AsNoTracking().Where(a => !a.Done && a.NextCheckAt <= now)
            .OrderBy(a => a.NextCheckAt).Take(batch).Select(a => new { a.OrderId, a.NextCheckAt, a.Checks }).ToListAsync(ct);
        var checkedCount = 0;
        foreach (var attempt in due)
        {
            var next = now + Backoff(attempt.Checks + 1);
            var claimed = await db.PaymentAttempts.Where(a => a.OrderId == attempt.OrderId && !a.Done && a.NextCheckAt == attempt.NextCheckAt)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.NextCheckAt, next).SetProperty(a => a.Checks, a => a.Checks + 1), ct);
            if (claimed != 1) continue; // another instance has it
            checkedCount++;
            var result = await payments.CheckNowAsync(attempt.OrderId, ct);
            if (result is PaymentCheck.Paid or PaymentCheck.FlaggedForRefund or PaymentCheck.Closed)
                log.LogInformation("Reconciliation: order {OrderId} {Result} (no notify had settled it)", attempt.OrderId, result);
        }
        return checkedCount;
    }

    private TimeSpan Backoff(int checks)
    {
        var first = options.Value.FirstCheckAfter;
        var factor = Math.Pow(2, Math.Min(checks, 16));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, MaxInterval.Ticks));
    }
}
