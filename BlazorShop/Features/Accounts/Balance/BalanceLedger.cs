using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.Balance;

/// <summary>The <see cref="IBalanceService"/>: conditional UPDATEs on the user's balance plus a ledger entry, per transaction.</summary>
public sealed class BalanceLedger(IDbContextFactory<ShopDbContext> contexts, IOptions<BalanceOptions> options, TimeProvider clock,
    ILogger<BalanceLedger> logger) : IBalanceService
{
    private BalanceOptions Options => options.Value;

    public async Task<decimal> GetBalanceAsync(long userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Balance).SingleOrDefaultAsync(ct);
    }

    public async Task<BalanceChange> CreditAsync(long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CreditAsync(db, userId, amount, kind, orderId, note, ct);
    }

    public async Task<BalanceChange> DebitAsync(long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await DebitAsync(db, userId, amount, kind, orderId, note, ct);
    }

    public Task<BalanceChange> CreditAsync(ShopDbContext db, long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default) =>
        amount > 0 ? ChangeAsync(db, userId, amount, kind, orderId, null, note, ct) : Task.FromResult(new BalanceChange(BalanceOutcome.InvalidAmount));

    public Task<BalanceChange> DebitAsync(ShopDbContext db, long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default) =>
        amount > 0 ? ChangeAsync(db, userId, -amount, kind, orderId, null, note, ct) : Task.FromResult(new BalanceChange(BalanceOutcome.InvalidAmount));

    /// <summary>In the caller's transaction when there is one; otherwise in one of its own (retried as a unit on PostgreSQL).</summary>
    private async Task<BalanceChange> ChangeAsync(ShopDbContext db, long userId, decimal delta, LedgerKind kind, string? orderId,
        long? rechargeId, string? note, CancellationToken ct)
    {
        if (!MoneyAmount.IsValidYuan(Math.Abs(delta))) return new BalanceChange(BalanceOutcome.InvalidAmount);
        if (db.Database.CurrentTransaction is not null) return await ApplyAsync(db, userId, delta, kind, orderId, rechargeId, note, ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var change = await ApplyAsync(db, userId, delta, kind, orderId, rechargeId, note, ct);
            if (change.Succeeded) await tx.CommitAsync(ct);
            return change;
        });
    }

    /// <summary>
    /// Adds <paramref name="delta"/> (negative: a debit) to the balance in ONE statement that also checks the result
    /// is not negative — the database serialises concurrent updates of the row, so parallel debits can never
    /// overdraw — then records the entry with the balance the update produced. Runs inside a transaction.
    /// </summary>
    private async Task<BalanceChange> ApplyAsync(ShopDbContext db, long userId, decimal delta, LedgerKind kind, string? orderId,
        long? rechargeId, string? note, CancellationToken ct)
    {
        var table = db.Model.FindEntityType(typeof(ShopUser))!.GetTableName();
        // SQLite keeps money as REAL (see SqliteShopDbContext): round in SQL so 0.3 - 0.1 - 0.2 is 0, not -2.8e-17.
        object parameter = db.Database.IsSqlite() ? (double)delta : delta;
        // The table name comes from the model (not from input); the amount and the id are parameters.
        var sql = "UPDATE \"" + table + "\" SET \"Balance\" = ROUND(\"Balance\" + {0}, 2) WHERE \"Id\" = {1} AND ROUND(\"Balance\" + {0}, 2) >= 0";
        var changed = await db.Database.ExecuteSqlRawAsync(sql, [parameter, userId], ct);
        if (changed == 0)
        {
            var exists = await db.Users.AnyAsync(u => u.Id == userId, ct);
            return new BalanceChange(exists ? BalanceOutcome.Insufficient : BalanceOutcome.UserNotFound);
        }
        var after = await db.Users.Where(u => u.Id == userId).Select(u => u.Balance).SingleAsync(ct);
        var entry = new BalanceLedgerEntry
        {
            UserId = userId, Amount = delta, BalanceAfter = after, Kind = kind, OrderId = orderId, RechargeRequestId = rechargeId,
            Note = note is { Length: > 200 } ? note[..200] : note, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BalanceLedger.Add(entry);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Balance of user {UserId} changed by {Delta} ({Kind}) to {Balance}", userId, delta, kind, after);
        return new BalanceChange(BalanceOutcome.Done, after, entry.Id);
    }

    public async Task<RechargeRequestOutcome> RequestRechargeAsync(long userId, string? amount, CancellationToken ct = default)
    {
        var (value, error) = MoneyAmount.Parse(amount, Options.MaxRecharge);
        if (value is null) return new RechargeRequestOutcome(null, error);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = await db.RechargeRequests.CountAsync(r => r.UserId == userId && r.Status == RechargeStatus.Pending, ct);
        if (pending >= Options.MaxPendingRecharges) return new RechargeRequestOutcome(null, "RechargeTooManyPending");
        var request = new RechargeRequest { UserId = userId, Amount = value.Value, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.RechargeRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return new RechargeRequestOutcome(request.Id, null);
    }

    public async Task<RechargeReview> ApproveRechargeAsync(long rechargeId, long reviewerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var outcome = await ReviewAsync(db, rechargeId, reviewerId, RechargeStatus.Approved, null, ct);
            if (outcome != RechargeReview.Approved) return outcome;
            var request = await db.RechargeRequests.AsNoTracking().Where(r => r.Id == rechargeId).Select(r => new { r.UserId, r.Amount }).SingleAsync(ct);
            var change = await ApplyAsync(db, request.UserId, request.Amount, LedgerKind.Recharge, null, rechargeId, null, ct);
            if (!change.Succeeded) throw new InvalidOperationException($"Recharge {rechargeId} could not be credited: {change.Outcome}");
            await tx.CommitAsync(ct);
            return RechargeReview.Approved;
        });
    }

    public async Task<RechargeReview> RejectRechargeAsync(long rechargeId, long reviewerId, string? note = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ReviewAsync(db, rechargeId, reviewerId, RechargeStatus.Rejected, note, ct);
    }

    /// <summary>Pending → <paramref name="status"/> in one conditional UPDATE, so two reviewers cannot both act.</summary>
    private async Task<RechargeReview> ReviewAsync(ShopDbContext db, long rechargeId, long reviewerId, RechargeStatus status, string? note, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.RechargeRequests.Where(r => r.Id == rechargeId && r.Status == RechargeStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.ReviewedAt, now)
                .SetProperty(r => r.ReviewedById, reviewerId)
                .SetProperty(r => r.Note, r => note ?? r.Note)
                .SetProperty(r => r.RowVersion, r => r.RowVersion + 1), ct);
        if (changed == 1) return status == RechargeStatus.Approved ? RechargeReview.Approved : RechargeReview.Rejected;
        return await db.RechargeRequests.AnyAsync(r => r.Id == rechargeId, ct) ? RechargeReview.AlreadyReviewed : RechargeReview.NotFound;
    }

    public async Task<LedgerPage> GetLedgerAsync(long userId, int page, int pageSize, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = db.BalanceLedger.AsNoTracking().Where(e => e.UserId == userId);
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new LedgerEntryView(e.Id, e.CreatedAt, e.Kind, e.Amount, e.BalanceAfter, e.OrderId, e.RechargeRequestId, e.Note))
            .ToListAsync(ct);
        return new LedgerPage(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<RechargeView>> GetRechargesAsync(long userId, int count, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RechargeRequests.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(Math.Clamp(count, 1, 100))
            .Select(r => new RechargeView(r.Id, r.Amount, r.Status, r.CreatedAt, r.ReviewedAt, r.Note)).ToListAsync(ct);
    }

    public async Task<RechargeView?> GetRechargeAsync(long userId, long rechargeId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RechargeRequests.AsNoTracking().Where(r => r.Id == rechargeId && r.UserId == userId)
            .Select(r => new RechargeView(r.Id, r.Amount, r.Status, r.CreatedAt, r.ReviewedAt, r.Note)).SingleOrDefaultAsync(ct);
    }
}
