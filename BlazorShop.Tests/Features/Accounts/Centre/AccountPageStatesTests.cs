using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Accounts.Centre;
using BlazorShop.Features.Catalog;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorShop.Tests.Features.Accounts.Centre;

/// <summary>The user-centre pages rendered with test doubles: what the shopper sees in each state.</summary>
public class AccountPageStatesTests : PageTestContext
{
    private const long UserId = 7;
    private readonly FakeAddressBook _book = new();
    private readonly FakeBalances _balances = new();
    private readonly FakeProfiles _profiles = new();
    private readonly FakeHistory _history = new();

    public AccountPageStatesTests()
    {
        Services.AddSingleton<IAddressBook>(_book);
        Services.AddSingleton<IAreaDirectory>(new FakeAreas());
        Services.AddSingleton<IBalanceService>(_balances);
        Services.AddSingleton<IProfileQueries>(_profiles);
        Services.AddSingleton<IBrowseHistory>(_history);
        Services.AddSingleton(Options.Create(new BalanceOptions()));
    }

    private IRenderedComponent<T> Render<T>(Action<ComponentParameterCollectionBuilder<T>>? build = null) where T : IComponent
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId.ToString())], "test"));
        return RenderComponent<T>(p =>
        {
            p.AddCascadingValue(Task.FromResult(new AuthenticationState(principal)));
            build?.Invoke(p);
        });
    }

    private static AddressView Address(long id, string receiver, bool isDefault) =>
        new(id, receiver + "家", receiver, 11, "北京市", 1101, "市辖区", 110101, "东城区", "东长安街 1 号", "13812345678", null, null, isDefault);

    [Fact]
    public void Profile_masks_the_mobile_and_shows_the_email_state()
    {
        _profiles.Profile = new AccountProfile(UserId, "zhangsan", "13812345678", "z@example.com", false, 12.5m, null);
        var cut = Render<ProfilePage>();
        Assert.Equal("zhangsan", cut.Find("[data-field=username]").TextContent);
        Assert.Equal("138****5678", cut.Find("[data-field=mobile]").TextContent);
        Assert.Equal("unconfirmed", cut.Find("[data-field=email] .badge").GetAttribute("data-state"));
        Assert.Equal("/account/email", cut.Find("[data-field=email] a").GetAttribute("href"));
        Assert.Contains("¥12.50", cut.Find("[data-field=balance]").TextContent);

        _profiles.Profile = _profiles.Profile with { Email = null, Mobile = null };
        cut = Render<ProfilePage>();
        Assert.Equal("未设置", cut.Find("[data-field=mobile]").TextContent);
        Assert.Contains("设置邮箱", cut.Find("[data-field=email]").TextContent);

        _profiles.Profile = _profiles.Profile with { Email = "z@example.com", EmailConfirmed = true };
        Assert.Equal("confirmed", Render<ProfilePage>().Find("[data-field=email] .badge").GetAttribute("data-state"));
    }

    [Fact]
    public void The_address_list_shows_an_empty_state_then_the_default_first_with_its_actions()
    {
        var empty = Render<AddressesPage>();
        Assert.NotNull(empty.Find("[data-state=empty]"));
        Assert.NotNull(empty.Find("[data-action=add]"));

        _book.Addresses = [Address(1, "张三", true), Address(2, "李四", false)];
        var cut = Render<AddressesPage>();
        var items = cut.FindAll("li.address");
        Assert.Equal(["true", "false"], items.Select(i => i.GetAttribute("data-default")));
        Assert.Empty(items[0].QuerySelectorAll("[data-action=default]")); // already the default
        Assert.NotNull(items[1].QuerySelector("[data-action=default]"));
        Assert.Equal("/account/addresses/2/default", items[1].QuerySelector("form[action$='/default']")!.GetAttribute("action"));
        Assert.Equal("北京市 市辖区 东城区 东长安街 1 号", items[0].QuerySelector(".place")!.TextContent);
        Assert.Equal("138****5678", items[0].QuerySelector(".muted")!.TextContent);
        Assert.Contains("2", cut.Find("[data-field=count]").TextContent);
    }

    [Fact]
    public void The_add_button_disappears_at_20()
    {
        _book.Addresses = [.. Enumerable.Range(1, BlazorShop.Domain.Address.MaxPerUser).Select(i => Address(i, "人" + i, i == 1))];
        var cut = Render<AddressesPage>();
        Assert.Empty(cut.FindAll("[data-action=add]"));
    }

    [Fact]
    public void The_address_fields_cascade_from_the_chosen_areas_and_show_each_error()
    {
        var areas = new FakeAreas();
        var none = RenderComponent<AddressFields>(p => p.Add(x => x.Input, new AddressInput())
            .Add(x => x.Areas, new AreaChoices(areas.Provinces, [], [], null, null, null)));
        Assert.Equal(["", "11", "44"], none.FindAll("select[name='Input.ProvinceId'] option").Select(o => o.GetAttribute("value")));
        Assert.Single(none.FindAll("select[name='Input.CityId'] option")); // only the placeholder until a province is chosen
        Assert.Empty(none.FindAll(".validation-message"));

        // A chosen address: its areas are selected and the lists below them filled; the typed values are kept;
        // each refused field has its message.
        var input = new AddressInput { Receiver = "张三", Mobile = "123", ProvinceId = "11", CityId = "1101", DistrictId = "110101" };
        var cut = RenderComponent<AddressFields>(p => p.Add(x => x.Input, input)
            .Add(x => x.Areas, new AreaChoices(areas.Provinces, areas.Children(11), areas.Children(1101), 11, 1101, 110101))
            .Add(x => x.Errors, new Dictionary<string, string> { ["Mobile"] = "AddressMobileInvalid", ["Place"] = "PlaceRequired" }));
        Assert.Equal("11", cut.Find("select[name='Input.ProvinceId'] option[selected]").GetAttribute("value"));
        Assert.Equal("1101", cut.Find("select[name='Input.CityId'] option[selected]").GetAttribute("value"));
        Assert.Equal("110101", cut.Find("select[name='Input.DistrictId'] option[selected]").GetAttribute("value"));
        Assert.Equal("Input.CityId", cut.Find("select[name='Input.ProvinceId']").GetAttribute("data-area-next"));
        Assert.Equal("张三", cut.Find("input[name='Input.Receiver']").GetAttribute("value"));
        Assert.Equal("123", cut.Find("input[name='Input.Mobile']").GetAttribute("value"));
        Assert.Equal("请输入11位大陆手机号", cut.Find("[data-error=AddressMobileInvalid]").TextContent);
        Assert.Equal("请填写详细地址", cut.Find("[data-error=PlaceRequired]").TextContent);
        Assert.Equal(2, cut.FindAll(".validation-message").Count);
    }

    [Fact]
    public void The_ledger_shows_an_empty_state_then_signed_entries_and_the_requests_their_status()
    {
        Assert.NotNull(RenderComponent<LedgerTable>(p => p.Add(x => x.Ledger, new LedgerPage([], 0, 1, 20))).Find("[data-state=empty]"));
        Assert.Empty(RenderComponent<RechargeTable>().FindAll("table"));

        var entries = new List<LedgerEntryView>
        {
            new(2, DateTime.UtcNow, LedgerKind.OrderPayment, -20m, 80m, "20261122000000000000007", null, null),
            new(1, DateTime.UtcNow, LedgerKind.Recharge, 100m, 100m, null, 3, null),
        };
        var ledger = RenderComponent<LedgerTable>(p => p.Add(x => x.Ledger, new LedgerPage(entries, 42, 1, 20)));
        var rows = ledger.FindAll("table.ledger tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("订单支付", rows[0].TextContent);
        Assert.Equal("amount-out", rows[0].Children[2].ClassName);
        Assert.Equal("-¥20.00", rows[0].Children[2].TextContent);
        Assert.Equal("+¥100.00", rows[1].Children[2].TextContent);
        Assert.Equal("¥80.00", rows[0].Children[3].TextContent);
        Assert.NotNull(ledger.Find("nav.pager")); // 42 entries: 3 pages

        var recharges = RenderComponent<RechargeTable>(p => p.Add(x => x.Recharges, new List<RechargeView>
        {
            new(3, 100m, RechargeStatus.Approved, DateTime.UtcNow, DateTime.UtcNow, null),
            new(4, 50m, RechargeStatus.Pending, DateTime.UtcNow, null, null),
        }));
        Assert.Equal(["已到账", "待审核"], recharges.FindAll("tbody tr td:last-child").Select(t => t.TextContent));
        Assert.Equal("/account/recharges/4", recharges.Find("tr[data-recharge='4'] a").GetAttribute("href"));
    }

    [Fact]
    public void Browse_history_shows_an_empty_state_or_the_viewed_goods_newest_first()
    {
        Assert.NotNull(Render<BrowseHistoryPage>().Find("[data-state=empty]"));
        Pages.Cards.AddRange([FakeCatalogPages.Card(3, "小米 14", 3999m), FakeCatalogPages.Card(1, "华为 Mate 60", 5999m)]);
        _history.Ids = [3, 1];
        var cut = Render<BrowseHistoryPage>();
        Assert.Empty(cut.FindAll("[data-state=empty]"));
        Assert.Equal(["3", "1"], cut.FindAll(".sku-card").Select(c => c.GetAttribute("data-sku")));
    }

    private sealed class FakeAreas : IAreaDirectory
    {
        public IReadOnlyList<AreaItem> Provinces => [.. All.Where(a => a.ParentId is null)];
        public IReadOnlyList<AreaItem> Children(int id) => [.. All.Where(a => a.ParentId == id)];

        private static readonly AreaItem[] All =
        [
            new(11, "北京市", null), new(44, "广东省", null), new(1101, "市辖区", 11), new(4401, "广州市", 44),
            new(110101, "东城区", 1101), new(440106, "天河区", 4401),
        ];

        public Task<IReadOnlyList<AreaItem>> ChildrenAsync(int? parentId, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<AreaItem>>([.. All.Where(a => a.ParentId == parentId)]);

        public Task<AreaItem?> FindAsync(int id, CancellationToken ct = default) => Task.FromResult(All.FirstOrDefault(a => a.Id == id));
    }

    private sealed class FakeAddressBook : IAddressBook
    {
        public List<AddressView> Addresses { get; set; } = [];
        public AddressResult Next { get; set; } = new(AddressOutcome.Saved, 1);

        public Task<IReadOnlyList<AddressView>> ListAsync(long userId, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<AddressView>>(Addresses);
        public Task<AddressView?> GetAsync(long userId, long addressId, CancellationToken ct = default) => Task.FromResult(Addresses.FirstOrDefault(a => a.Id == addressId));
        public Task<AddressResult> AddAsync(long userId, AddressInput input, CancellationToken ct = default) => Task.FromResult(Next);
        public Task<AddressResult> UpdateAsync(long userId, long addressId, AddressInput input, CancellationToken ct = default) => Task.FromResult(Next);
        public Task<AddressResult> RenameAsync(long userId, long addressId, string? title, CancellationToken ct = default) => Task.FromResult(Next);
        public Task<bool> DeleteAsync(long userId, long addressId, CancellationToken ct = default) => Task.FromResult(true);
        public Task<bool> SetDefaultAsync(long userId, long addressId, CancellationToken ct = default) => Task.FromResult(true);
    }

    private sealed class FakeBalances : IBalanceService
    {
        public decimal Balance { get; set; }
        public List<LedgerEntryView> Entries { get; set; } = [];
        public List<RechargeView> Recharges { get; set; } = [];
        public RechargeRequestOutcome NextRequest { get; set; } = new(1, null);

        public Task<decimal> GetBalanceAsync(long userId, CancellationToken ct = default) => Task.FromResult(Balance);
        public Task<LedgerPage> GetLedgerAsync(long userId, int page, int pageSize, CancellationToken ct = default) =>
            Task.FromResult(new LedgerPage(Entries, Entries.Count, page, pageSize));
        public Task<IReadOnlyList<RechargeView>> GetRechargesAsync(long userId, int count, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<RechargeView>>(Recharges);
        public Task<RechargeView?> GetRechargeAsync(long userId, long rechargeId, CancellationToken ct = default) => Task.FromResult(Recharges.FirstOrDefault(r => r.Id == rechargeId));
        public Task<RechargeRequestOutcome> RequestRechargeAsync(long userId, string? amount, CancellationToken ct = default) => Task.FromResult(NextRequest);
        public Task<BalanceChange> CreditAsync(long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<BalanceChange> DebitAsync(long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<BalanceChange> CreditAsync(BlazorShop.Infrastructure.Data.ShopDbContext db, long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<BalanceChange> DebitAsync(BlazorShop.Infrastructure.Data.ShopDbContext db, long userId, decimal amount, LedgerKind kind, string? orderId = null, string? note = null, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<RechargeReview> ApproveRechargeAsync(long rechargeId, long reviewerId, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<RechargeReview> RejectRechargeAsync(long rechargeId, long reviewerId, string? note = null, CancellationToken ct = default) => throw new NotSupportedException();
    }

    private sealed class FakeProfiles : IProfileQueries
    {
        public AccountProfile? Profile { get; set; }
        public Task<AccountProfile?> GetAsync(long userId, CancellationToken ct = default) => Task.FromResult(Profile);
    }

    private sealed class FakeHistory : IBrowseHistory
    {
        public List<long> Ids { get; set; } = [];
        public Task RecordAsync(long userId, long skuId, CancellationToken ct = default) => Task.CompletedTask;
        public Task<IReadOnlyList<long>> GetAsync(long userId, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<long>>(Ids);
    }
}
