namespace BlazorShop.Features.Accounts.Balance;

public sealed record LedgerPage(IReadOnlyList<LedgerEntryView> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
