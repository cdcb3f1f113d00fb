namespace BlazorShop.Features.Accounts.Balance;

/// <summary>Filing a recharge request: the new id, or the resource key of what was wrong.</summary>
public sealed record RechargeRequestOutcome(long? Id, string? ErrorKey)
{
    public bool Succeeded => Id is not null;
}
