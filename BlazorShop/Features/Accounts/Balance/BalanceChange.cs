namespace BlazorShop.Features.Accounts.Balance;

/// <summary>The result of a credit or debit: on <see cref="BalanceOutcome.Done"/>, the balance after it and its ledger entry.</summary>
public sealed record BalanceChange(BalanceOutcome Outcome, decimal? BalanceAfter = null, long? EntryId = null)
{
    public bool Succeeded => Outcome == BalanceOutcome.Done;
}
