using BlazorShop.Domain;

namespace BlazorShop.Features.Admin.Users;

public sealed record RechargeRow(long Id, long UserId, string UserName, decimal Amount, RechargeStatus Status, DateTime CreatedAt, DateTime? ReviewedAt, string? Note);
