using BlazorShop.Domain;

namespace BlazorShop.Features.Accounts.Balance;

public sealed record LedgerEntryView(long Id, DateTime CreatedAt, LedgerKind Kind, decimal Amount, decimal BalanceAfter, string? OrderId, long? RechargeRequestId, string? Note);
