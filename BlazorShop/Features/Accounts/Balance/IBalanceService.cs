using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Features.Accounts.Balance;

/// <summary>
/// A shopper's prepaid balance (家电之选) and its ledger. Every change writes a ledger entry with the balance after it;
/// a debit is one conditional UPDATE ("… WHERE balance - amount ≥ 0"), so the balance never goes below zero, however
/// many debits run at once. Checkout (pay by balance, refunds) and the back office (recharge review) call this.
/// </summary>
public interface IBalanceService
{
    Task<decimal> GetBalanceAsync(long userId, CancellationToken ct = default);

    Task<BalanceChange> CreditAsync(long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default);

    Task<BalanceChange> DebitAsync(long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default);

    /// <summary>As <see cref="CreditAsync(long, decimal, LedgerKind, string?, string?, CancellationToken)"/>, inside the caller's
    /// context and transaction (e.g. placing an order); opens a transaction of its own when there is none.</summary>
    Task<BalanceChange> CreditAsync(ShopDbContext db, long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default);

    /// <summary>As <see cref="DebitAsync(long, decimal, LedgerKind, string?, string?, CancellationToken)"/>, inside the caller's
    /// context and transaction; opens a transaction of its own when there is none.</summary>
    Task<BalanceChange> DebitAsync(ShopDbContext db, long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default);

    /// <summary>A shopper asks to recharge (the amount as typed); the back office approves or rejects it.</summary>
    Task<RechargeRequestOutcome> RequestRechargeAsync(long userId, string? amount, CancellationToken ct = default);

    /// <summary>Pending → approved, and the amount credited with a Recharge ledger entry, in one transaction; once only.</summary>
    Task<RechargeReview> ApproveRechargeAsync(long rechargeId, long reviewerId, CancellationToken ct = default);

    Task<RechargeReview> RejectRechargeAsync(long rechargeId, long reviewerId, string? note = null, CancellationToken ct = default);

    Task<LedgerPage> GetLedgerAsync(long userId, int page, int pageSize, CancellationToken ct = default);

    Task<IReadOnlyList<RechargeView>> GetRechargesAsync(long userId, int count, CancellationToken ct = default);

    /// <summary>The user's own recharge request; null for another user's id (404).</summary>
    Task<RechargeView?> GetRechargeAsync(long userId, long rechargeId, CancellationToken ct = default);
}
