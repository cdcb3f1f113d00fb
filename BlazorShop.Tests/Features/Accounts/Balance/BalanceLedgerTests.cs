using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.Balance;

/// <summary>The balance service on both databases: never below zero under parallel debits, a ledger entry per change,
/// recharges approved once, amounts validated, requests visible to their owner only.</summary>
[Collection("accounts")]
public class BalanceLedgerTests(AccountApps apps)
{
    public static TheoryData<string> Providers => AccountApps.Providers;

    private async Task<(ShopAppFactory App, IBalanceService Balances, TestShopper Shopper)> SetUpAsync(string provider)
    {
        var app = await apps.GetAsync(provider);
        return (app, app.Services.GetRequiredService<IBalanceService>(), await TestShoppers.CreateAsync(app));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Parallel_debits_never_take_the_balance_below_zero(string provider)
    {
        var (app, balances, shopper) = await SetUpAsync(provider);
        Assert.True((await balances.CreditAsync(shopper.Id, 100m, LedgerKind.Adjustment)).Succeeded);

        // 60 debits of 3 yuan at once against 100 yuan: exactly 33 can be paid.
        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => balances.DebitAsync(shopper.Id, 3m, LedgerKind.OrderPayment, orderId: $"T{i:D4}"))));

        Assert.Equal(33, results.Count(r => r.Succeeded));
        Assert.Equal(27, results.Count(r => r.Outcome == BalanceOutcome.Insufficient));
        Assert.Equal(1m, await balances.GetBalanceAsync(shopper.Id));

        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var ledger = await db.BalanceLedger.Where(e => e.UserId == shopper.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(34, ledger.Count);
        Assert.Equal(1m, ledger.Sum(e => e.Amount));
        Assert.All(ledger, e => Assert.True(e.BalanceAfter >= 0));
        // Each entry's "balance after" is a distinct step of the real sequence: 100, 97, …, 1.
        Assert.Equal(Enumerable.Range(0, 34).Select(i => 100m - 3 * i).ToHashSet(), ledger.Select(e => e.BalanceAfter).ToHashSet());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Debits_are_exact_to_the_fen_and_refuse_overdraft(string provider)
    {
        var (_, balances, shopper) = await SetUpAsync(provider);
        await balances.CreditAsync(shopper.Id, 0.3m, LedgerKind.Refund, orderId: "R1");
        Assert.Equal(0.2m, (await balances.DebitAsync(shopper.Id, 0.1m, LedgerKind.OrderPayment)).BalanceAfter);
        Assert.Equal(BalanceOutcome.Insufficient, (await balances.DebitAsync(shopper.Id, 0.21m, LedgerKind.OrderPayment)).Outcome);
        Assert.Equal(0m, (await balances.DebitAsync(shopper.Id, 0.2m, LedgerKind.OrderPayment)).BalanceAfter);
        Assert.Equal(BalanceOutcome.Insufficient, (await balances.DebitAsync(shopper.Id, 0.01m, LedgerKind.OrderPayment)).Outcome);
        Assert.Equal(BalanceOutcome.InvalidAmount, (await balances.DebitAsync(shopper.Id, 0.001m, LedgerKind.OrderPayment)).Outcome);
        Assert.Equal(BalanceOutcome.InvalidAmount, (await balances.CreditAsync(shopper.Id, -5m, LedgerKind.Adjustment)).Outcome);
        Assert.Equal(BalanceOutcome.UserNotFound, (await balances.CreditAsync(long.MaxValue, 5m, LedgerKind.Adjustment)).Outcome);

        var ledger = await balances.GetLedgerAsync(shopper.Id, 1, 10);
        Assert.Equal(3, ledger.Total);
        Assert.Equal([0m, 0.2m, 0.3m], ledger.Items.Select(e => e.BalanceAfter)); // newest first
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_recharge_request_is_credited_once_when_approved(string provider)
    {
        var (_, balances, shopper) = await SetUpAsync(provider);
        var request = await balances.RequestRechargeAsync(shopper.Id, "150.50");
        Assert.True(request.Succeeded);
        Assert.Equal(RechargeStatus.Pending, (await balances.GetRechargeAsync(shopper.Id, request.Id!.Value))!.Status);
        Assert.Equal(0m, await balances.GetBalanceAsync(shopper.Id));

        // Two reviewers approve at the same moment: one credit.
        var reviews = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => balances.ApproveRechargeAsync(request.Id.Value, reviewerId: 1))));
        Assert.Single(reviews, r => r == RechargeReview.Approved);
        Assert.All(reviews.Where(r => r != RechargeReview.Approved), r => Assert.Equal(RechargeReview.AlreadyReviewed, r));
        Assert.Equal(150.50m, await balances.GetBalanceAsync(shopper.Id));
        var entry = Assert.Single((await balances.GetLedgerAsync(shopper.Id, 1, 10)).Items);
        Assert.Equal((LedgerKind.Recharge, 150.50m, request.Id), (entry.Kind, entry.Amount, entry.RechargeRequestId));
        Assert.Equal(RechargeStatus.Approved, (await balances.GetRechargeAsync(shopper.Id, request.Id.Value))!.Status);

        var rejected = await balances.RequestRechargeAsync(shopper.Id, "10");
        Assert.Equal(RechargeReview.Rejected, await balances.RejectRechargeAsync(rejected.Id!.Value, 1, "no payment received"));
        Assert.Equal(RechargeReview.AlreadyReviewed, await balances.ApproveRechargeAsync(rejected.Id.Value, 1));
        Assert.Equal(RechargeReview.NotFound, await balances.ApproveRechargeAsync(long.MaxValue, 1));
        Assert.Equal(150.50m, await balances.GetBalanceAsync(shopper.Id));
    }

    [Theory]
    [InlineData(null, "AmountRequired")]
    [InlineData("", "AmountRequired")]
    [InlineData("0", "AmountPositive")]
    [InlineData("0.00", "AmountPositive")]
    [InlineData("-5", "AmountInvalid")]
    [InlineData("1.005", "AmountInvalid")]
    [InlineData("1e3", "AmountInvalid")]
    [InlineData("1,000", "AmountInvalid")]
    [InlineData("１００", "AmountInvalid")]
    [InlineData("abc", "AmountInvalid")]
    [InlineData("NaN", "AmountInvalid")]
    [InlineData("50000.01", "AmountTooLarge")]
    [InlineData("99999999999", "AmountInvalid")]
    public async Task Bad_recharge_amounts_are_refused_and_nothing_is_filed(string? amount, string error)
    {
        var (_, balances, shopper) = await SetUpAsync("Sqlite");
        var outcome = await balances.RequestRechargeAsync(shopper.Id, amount);
        Assert.Equal(error, outcome.ErrorKey);
        Assert.Empty(await balances.GetRechargesAsync(shopper.Id, 10));
    }

    [Theory]
    [InlineData("50000", 50000)]
    [InlineData(" 0.01 ", 0.01)]
    [InlineData("88.8", 88.8)]
    public void Good_amounts_parse(string text, decimal expected) => Assert.Equal(expected, MoneyAmount.Parse(text, 50000m).Amount);

    [Fact]
    public async Task Pending_requests_are_limited_and_another_users_request_is_not_found()
    {
        var (app, balances, shopper) = await SetUpAsync("Sqlite");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add((await balances.RequestRechargeAsync(shopper.Id, "10")).Id!.Value);
        Assert.Equal("RechargeTooManyPending", (await balances.RequestRechargeAsync(shopper.Id, "10")).ErrorKey);

        var other = await TestShoppers.CreateAsync(app);
        Assert.Null(await balances.GetRechargeAsync(other.Id, ids[0]));
        Assert.Empty(await balances.GetRechargesAsync(other.Id, 10));
    }
}
