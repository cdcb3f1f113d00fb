using BlazorShop.Domain;

namespace BlazorShop.Features.Accounts.Balance;

public sealed record RechargeView(long Id, decimal Amount, RechargeStatus Status, DateTime CreatedAt, DateTime? ReviewedAt, string? Note);
