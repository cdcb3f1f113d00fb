using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Admin.Users;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin;

/// <summary>Recharge review in the back office: concurrent approvals credit the balance exactly once; a reviewed request stays reviewed.</summary>
[Collection("admin")]
public class RechargeReviewTests(AdminApps apps)
{
    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Concurrent_approvals_credit_the_balance_exactly_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shopper = await TestShoppers.CreateAsync(app);
        var balances = app.Services.GetRequiredService<IBalanceService>();
        var recharges = app.Services.GetRequiredService<AdminRechargeService>();
        var request = await balances.RequestRechargeAsync(shopper.Id, "150.50");
        var id = (await recharges.ListAsync(AdminPeople.Admin(), RechargeStatus.Pending, 0, 200)).Rows.Single(r => r.UserId == shopper.Id).Id;
        Assert.NotNull(request);

        // Ten clicks at once, from two admins and a staff member with the finance permission.
        var reviewers = new[] { AdminPeople.Admin(1), AdminPeople.Admin(2), AdminPeople.Staff(3, Permissions.Recharges) };
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => recharges.ApproveAsync(reviewers[i % 3], id))));

        Assert.Equal(1, results.Count(r => r == RechargeReview.Approved));
        Assert.Equal(9, results.Count(r => r == RechargeReview.AlreadyReviewed));
        Assert.Equal(150.50m, await balances.GetBalanceAsync(shopper.Id));
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var ledger = await db.BalanceLedger.Where(e => e.UserId == shopper.Id).ToListAsync();
        Assert.Equal(LedgerKind.Recharge, Assert.Single(ledger).Kind);
        Assert.Single(await db.AuditLog.Where(a => a.Target == "recharge:" + id && a.Action == "recharge.approve").ToListAsync());

        // Rejecting it afterwards changes nothing.
        Assert.Equal(RechargeReview.AlreadyReviewed, await recharges.RejectAsync(AdminPeople.Admin(), id, "late"));
        Assert.Equal(150.50m, await balances.GetBalanceAsync(shopper.Id));
    }

    [Fact]
    public async Task A_rejected_request_credits_nothing_and_cannot_be_approved()
    {
        var app = await apps.GetAsync();
        var shopper = await TestShoppers.CreateAsync(app);
        var balances = app.Services.GetRequiredService<IBalanceService>();
        var recharges = app.Services.GetRequiredService<AdminRechargeService>();
        await balances.RequestRechargeAsync(shopper.Id, "20");
        var id = (await recharges.ListAsync(AdminPeople.Admin(), RechargeStatus.Pending, 0, 200)).Rows.Single(r => r.UserId == shopper.Id).Id;
        var results = await Task.WhenAll(Task.Run(() => recharges.RejectAsync(AdminPeople.Admin(), id, "不符合")), Task.Run(() => recharges.ApproveAsync(AdminPeople.Admin(), id)));
        Assert.Single(results, r => r is RechargeReview.Approved or RechargeReview.Rejected);
        var approved = results.Contains(RechargeReview.Approved);
        Assert.Equal(approved ? 20m : 0m, await balances.GetBalanceAsync(shopper.Id));
        Assert.Equal(RechargeReview.AlreadyReviewed, await recharges.ApproveAsync(AdminPeople.Admin(), id));
    }
}
