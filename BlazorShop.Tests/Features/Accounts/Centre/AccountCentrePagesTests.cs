using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Tests.Features.Accounts.Addresses;
using BlazorShop.Tests.Hardening;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.Centre;

/// <summary>
/// The user-centre pages over plain HTTP (no circuit): guests are sent to sign in, every form works as a plain post
/// with its antiforgery token, and another user's address or recharge id gives 404, never data.
/// </summary>
[Collection("accounts")]
public partial class AccountCentrePagesTests(AccountApps apps)
{
    public static readonly string[] Pages =
        ["/account", "/account/avatar", "/account/balance", "/account/addresses", "/account/addresses/new", "/account/history"];

    [Fact]
    public async Task Guests_are_sent_to_sign_in_and_come_back()
    {
        var app = await apps.GetAsync("Sqlite");
        var guest = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var page in Pages.Append("/account/recharges/1").Append("/account/addresses/1/edit"))
        {
            var response = await guest.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.ToString();
            Assert.Contains("/login?ReturnUrl=" + Uri.EscapeDataString(page), location);
        }
    }

    [Fact]
    public async Task Every_page_renders_for_its_owner_with_the_centre_menu()
    {
        var app = await apps.GetAsync("Sqlite");
        var shopper = await TestShoppers.CreateAsync(app);
        var client = await TestShoppers.ClientAsync(app, shopper);
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            foreach (var link in new[] { "/account/addresses", "/account/avatar", "/account/balance", "/account/history", "/account/email", "/account/password" })
                Assert.Contains($"href=\"{link}\"", html);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? ""); // per-user: never cached
        }
        var profile = await client.GetStringAsync("/account");
        Assert.Contains(shopper.UserName, profile);
        Assert.Contains(shopper.Mobile[..3] + "****" + shopper.Mobile[7..], profile);
        Assert.DoesNotContain(shopper.Mobile, profile);
    }

    [Fact]
    public async Task The_demo_shopper_sees_a_confirmed_email_and_a_new_one_sees_how_to_set_it()
    {
        var app = await apps.GetAsync("Sqlite");
        var demo = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HttpForms.SignInAsync(demo, "demo", TestAccounts.ShopperPassword);
        var html = await demo.GetStringAsync("/account");
        Assert.Contains("demo@blazorshop.local", html);
        Assert.Contains("data-state=\"confirmed\"", html);

        var fresh = await TestShoppers.ClientAsync(app, await TestShoppers.CreateAsync(app));
        html = await fresh.GetStringAsync("/account");
        Assert.Contains("未设置", html);
        Assert.Contains("href=\"/account/email\"", html);
    }

    [Fact]
    public async Task Addresses_are_added_edited_and_managed_with_plain_forms()
    {
        var app = await apps.GetAsync("Sqlite");
        var shopper = await TestShoppers.CreateAsync(app);
        var client = await TestShoppers.ClientAsync(app, shopper);

        // Without script: pick a province, "update the lists", the cities appear; then the city, then save.
        var step = await PostAddressAsync(client, "/account/addresses/new", new() { ["Input.ProvinceId"] = "44", ["step"] = "areas" });
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var html = await step.Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"4401\">广州市</option>", html);
        Assert.DoesNotContain("data-error=\"ReceiverRequired\"", html); // refreshing the lists is not a save

        var missing = await PostAddressAsync(client, "/account/addresses/new", new() { ["Input.ProvinceId"] = "44", ["Input.Mobile"] = "123" });
        html = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("请填写收货人", html);
        Assert.Contains("请输入11位大陆手机号", html);
        Assert.Contains("请选择市", html);
        Assert.Contains("value=\"123\"", html); // what was typed is kept

        var saved = await PostAddressAsync(client, "/account/addresses/new", Fields(AddressBookTests.Valid("赵六")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account/addresses?status=saved", saved.Headers.Location!.PathAndQuery());
        var second = await PostAddressAsync(client, "/account/addresses/new", Fields(AddressBookTests.Valid("钱七")));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var book = app.Services.GetRequiredService<IAddressBook>();
        var list = await book.ListAsync(shopper.Id);
        var secondId = list.Single(a => a.Receiver == "钱七").Id;
        html = await client.GetStringAsync("/account/addresses");
        Assert.Contains("赵六", html);
        Assert.Contains($"data-address=\"{secondId}\" data-default=\"false\"", html);

        // Row actions: set default, rename, delete.
        Assert.Equal(HttpStatusCode.Redirect, (await PostRowAsync(client, $"/account/addresses/{secondId}/default")).StatusCode);
        Assert.True((await book.GetAsync(shopper.Id, secondId))!.IsDefault);
        var renamed = await PostRowAsync(client, $"/account/addresses/{secondId}/title", new() { ["title"] = "公司" });
        Assert.Equal("/account/addresses?status=renamed", renamed.Headers.Location!.PathAndQuery());
        Assert.Equal("公司", (await book.GetAsync(shopper.Id, secondId))!.Title);
        var blank = await PostRowAsync(client, $"/account/addresses/{secondId}/title", new() { ["title"] = "" });
        Assert.Equal("/account/addresses?status=invalid-title", blank.Headers.Location!.PathAndQuery());

        // Edit page shows the saved values; posting it changes them.
        html = await client.GetStringAsync($"/account/addresses/{secondId}/edit");
        Assert.Contains("value=\"钱七\"", html);
        Assert.Contains("<option value=\"110101\" selected", html);
        var edited = AddressBookTests.Valid("钱七七");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAddressAsync(client, $"/account/addresses/{secondId}/edit", Fields(edited))).StatusCode);
        Assert.Equal("钱七七", (await book.GetAsync(shopper.Id, secondId))!.Receiver);

        Assert.Equal("/account/addresses?status=deleted", (await PostRowAsync(client, $"/account/addresses/{secondId}/delete")).Headers.Location!.PathAndQuery());
        Assert.True(Assert.Single(await book.ListAsync(shopper.Id)).IsDefault);
    }

    [Fact]
    public async Task Another_users_address_and_recharge_ids_give_404_and_change_nothing()
    {
        var app = await apps.GetAsync("Sqlite");
        var owner = await TestShoppers.CreateAsync(app);
        var intruder = await TestShoppers.CreateAsync(app);
        var book = app.Services.GetRequiredService<IAddressBook>();
        var addressId = (await book.AddAsync(owner.Id, AddressBookTests.Valid("机密收货人"))).Id!.Value;
        var rechargeId = (await app.Services.GetRequiredService<IBalanceService>().RequestRechargeAsync(owner.Id, "123.45")).Id!.Value;

        var ownerClient = await TestShoppers.ClientAsync(app, owner);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/account/addresses/{addressId}/edit")).StatusCode);
        Assert.Contains("123.45", await ownerClient.GetStringAsync($"/account/recharges/{rechargeId}"));

        var client = await TestShoppers.ClientAsync(app, intruder);
        foreach (var url in new[] { $"/account/addresses/{addressId}/edit", $"/account/recharges/{rechargeId}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("机密收货人", html);
            Assert.DoesNotContain("123.45", html);
        }
        foreach (var action in new[] { "delete", "default", "title" })
            Assert.Equal(HttpStatusCode.NotFound, (await PostRowAsync(client, $"/account/addresses/{addressId}/{action}", new() { ["title"] = "x" })).StatusCode);
        var post = await PostAddressAsync(client, $"/account/addresses/{addressId}/edit", Fields(AddressBookTests.Valid("入侵者")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var kept = (await book.GetAsync(owner.Id, addressId))!;
        Assert.Equal(("机密收货人", "机密收货人"), (kept.Receiver, kept.Title));
        Assert.DoesNotContain("机密收货人", await client.GetStringAsync("/account/addresses"));
    }

    [Fact]
    public async Task Row_actions_without_the_antiforgery_token_are_refused()
    {
        var app = await apps.GetAsync("Sqlite");
        var shopper = await TestShoppers.CreateAsync(app);
        var id = (await app.Services.GetRequiredService<IAddressBook>().AddAsync(shopper.Id, AddressBookTests.Valid())).Id!.Value;
        var client = await TestShoppers.ClientAsync(app, shopper);
        var response = await client.PostAsync($"/account/addresses/{id}/delete", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await app.Services.GetRequiredService<IAddressBook>().GetAsync(shopper.Id, id));
    }

    [Fact]
    public async Task The_recharge_form_files_a_request_or_says_what_is_wrong()
    {
        var app = await apps.GetAsync("Sqlite");
        var shopper = await TestShoppers.CreateAsync(app);
        var client = await TestShoppers.ClientAsync(app, shopper);

        var bad = await PostRechargeAsync(client, "1.234");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-error=\"AmountInvalid\"", await bad.Content.ReadAsStringAsync());
        var tooMuch = await (await PostRechargeAsync(client, "50000.01")).Content.ReadAsStringAsync();
        Assert.Contains("金额不能超过 ¥50,000.00", tooMuch);

        var good = await PostRechargeAsync(client, "88.80");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var location = good.Headers.Location!.PathAndQuery();
        Assert.Matches(@"^/account/recharges/\d+$", location);
        var detail = await client.GetStringAsync(location);
        Assert.Contains("¥88.80", detail);
        Assert.Contains("data-status=\"pending\"", detail);

        // Approved in the back office: the balance and the ledger show it.
        var balances = app.Services.GetRequiredService<IBalanceService>();
        Assert.Equal(RechargeReview.Approved, await balances.ApproveRechargeAsync(long.Parse(location.Split('/')[^1]), reviewerId: 1));
        var page = await client.GetStringAsync("/account/balance");
        Assert.Contains("data-field=\"balance\">¥88.80", page);
        Assert.Contains("+¥88.80", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task The_ledger_is_paged()
    {
        var app = await apps.GetAsync("Sqlite");
        var shopper = await TestShoppers.CreateAsync(app);
        var balances = app.Services.GetRequiredService<IBalanceService>();
        for (var i = 1; i <= BalancePage.PageSize + 3; i++) await balances.CreditAsync(shopper.Id, i, LedgerKind.Adjustment);
        var client = await TestShoppers.ClientAsync(app, shopper);
        var first = await client.GetStringAsync("/account/balance");
        Assert.Equal(BalancePage.PageSize, EntryRow().Matches(first).Count);
        Assert.Contains("href=\"/account/balance?page=2\"", first);
        Assert.Equal(3, EntryRow().Matches(await client.GetStringAsync("/account/balance?page=2")).Count);
    }

    [Fact]
    public async Task Hostile_query_values_on_signed_in_pages_get_a_clear_answer()
    {
        var app = await apps.GetAsync("Sqlite");
        var client = await TestShoppers.ClientAsync(app, await TestShoppers.CreateAsync(app));
        foreach (var (page, parameter) in new[] { ("/account/balance", "page"), ("/account/avatar", "status"), ("/account/addresses", "status") })
            foreach (var value in HostileInput.MalformedValues)
            {
                var response = await client.GetAsync($"{page}?{parameter}={value}");
                Assert.True((int)response.StatusCode < 500, $"{page}?{parameter}={value[..Math.Min(40, value.Length)]} → {(int)response.StatusCode}");
                Assert.DoesNotContain("出错了", await response.Content.ReadAsStringAsync());
            }
        foreach (var segment in HostileInput.MalformedSegments)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/account/recharges/{segment}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/account/addresses/{segment}/edit")).StatusCode);
        }
    }

    private static Dictionary<string, string> Fields(AddressInput input) => new()
    {
        ["Input.Receiver"] = input.Receiver ?? "", ["Input.ProvinceId"] = input.ProvinceId ?? "", ["Input.CityId"] = input.CityId ?? "",
        ["Input.DistrictId"] = input.DistrictId ?? "", ["Input.Place"] = input.Place ?? "", ["Input.Mobile"] = input.Mobile ?? "",
        ["Input.Tel"] = input.Tel ?? "", ["Input.Email"] = input.Email ?? "", ["Input.Title"] = input.Title ?? "",
    };

    private static async Task<HttpResponseMessage> PostAddressAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var form = HttpForms.HiddenInputs(await client.GetStringAsync("/account/addresses/new"), "");
        foreach (var (k, v) in fields) form[k] = v;
        form["_handler"] = "address";
        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }

    private static async Task<HttpResponseMessage> PostRowAsync(HttpClient client, string action, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = await TestShoppers.TokenAsync(client, "/account/addresses") };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    private static async Task<HttpResponseMessage> PostRechargeAsync(HttpClient client, string amount)
    {
        var token = await TestShoppers.TokenAsync(client, "/account/balance");
        return await client.PostAsync("/account/balance", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "recharge", ["Amount"] = amount,
        }));
    }

    [GeneratedRegex("<tr data-entry=")]
    private static partial Regex EntryRow();
}
