using System.Net;
using BlazorShop.Domain;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.External;

/// <summary>QQ login through ASP.NET Core's OAuth handler against a fake QQ server: first login binds, later ones sign in.</summary>
public class QqLoginTests(QqLoginTests.App app) : IClassFixture<QqLoginTests.App>
{
    public sealed class App : SignInApp
    {
        public FakeQqServer Qq { get; private set; } = default!;

        public override async Task InitializeAsync()
        {
            Qq = await FakeQqServer.StartAsync();
            foreach (var (key, value) in Qq.Settings()) Factory.Settings[key] = value;
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Qq.DisposeAsync();
        }
    }

    private const string Password = "qq-bind-pass1";

    /// <summary>The browser's trip: shop → QQ (a real HTTP request to the fake) → shop's callback → /login/qq/done.</summary>
    private async Task<HttpResponseMessage> QqLoginAsync(HttpClient client, string openId, string returnUrl = "/")
    {
        app.Qq.NextOpenId = openId;
        var challenge = await client.GetAsync("/login/qq?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(app.Qq.Address.ToString(), challenge.Headers.Location!.ToString());
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorized = await browser.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var callback = await client.GetAsync(authorized.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return await client.GetAsync(callback.Headers.Location!.OriginalString);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> PostBindAsync(HttpClient client, string formName, Dictionary<string, string> values)
    {
        var html = await client.GetStringAsync("/login/qq/bind?returnUrl=%2Fcart");
        var form = System.Text.RegularExpressions.Regex.Match(html, $"<form[^>]*>(?:(?!</form>)[\\s\\S])*value=\"{formName}\"[\\s\\S]*?</form>").Value;
        var fields = HttpForms.HiddenInputs(form);
        foreach (var (key, value) in values) fields[key] = value;
        var response = await client.PostAsync("/login/qq/bind?returnUrl=%2Fcart", new FormUrlEncodedContent(fields));
        return (response, await response.Content.ReadAsStringAsync());
    }

    private Task<long?> BoundUserAsync(string openId) =>
        app.DbAsync(db => db.UserLogins.Where(l => l.LoginProvider == "QQ" && l.ProviderKey == openId).Select(l => (long?)l.UserId).FirstOrDefaultAsync());

    [Fact]
    public async Task A_first_qq_login_creates_an_account_and_the_next_one_signs_straight_in()
    {
        var openId = "OPENID" + Guid.NewGuid().ToString("N");
        var client = app.Client();
        var done = await QqLoginAsync(client, openId, "/cart");
        Assert.Equal("/login/qq/bind?returnUrl=%2Fcart", done.Headers.Location!.OriginalString);
        Assert.Contains("QQ小明", await client.GetStringAsync("/login/qq/bind?returnUrl=%2Fcart"));

        var userName = SignInApp.NewUserName();
        var (created, _) = await PostBindAsync(client, "qq-new", new()
        {
            ["New.UserName"] = userName, ["New.Password"] = Password, ["New.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith("/cart", created.Headers.Location!.OriginalString);
        var user = await app.DbAsync(db => db.Users.SingleAsync(u => u.UserName == userName));
        Assert.Equal(user.Id, await BoundUserAsync(openId));
        Assert.Contains(app.Observer.Calls, c => c.UserId == user.Id && c.Path == "/login/qq/bind" && c.AuthCookieSet && !c.ResponseStarted);

        var again = app.Client();
        var signedIn = await QqLoginAsync(again, openId, "/search?q=x");
        Assert.Equal("/search?q=x", signedIn.Headers.Location!.OriginalString);
        Assert.Contains(userName, await again.GetStringAsync("/login"));
        Assert.Contains(app.Observer.Calls, c => c.UserId == user.Id && c.Path == "/login/qq/done" && c.AuthCookieSet && !c.ResponseStarted);
    }

    [Fact]
    public async Task A_first_qq_login_binds_to_an_existing_account_by_its_password()
    {
        var existing = await app.CreateUserAsync(Password);
        var openId = "OPENID" + Guid.NewGuid().ToString("N");
        var client = app.Client();
        await QqLoginAsync(client, openId);

        var (wrong, html) = await PostBindAsync(client, "qq-existing", new() { ["Existing.Account"] = existing.Mobile!, ["Existing.Password"] = "wrong-pass1" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("用户名、手机号或密码错误", SignInApp.FormError(html));
        Assert.Null(await BoundUserAsync(openId));
        Assert.Equal(1, (await app.UserAsync(existing.Id)).AccessFailedCount); // counts toward the lockout

        var (bound, _) = await PostBindAsync(client, "qq-existing", new() { ["Existing.Account"] = existing.Mobile!, ["Existing.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, bound.StatusCode);
        Assert.Equal(existing.Id, await BoundUserAsync(openId));
        Assert.Equal("/", (await QqLoginAsync(app.Client(), openId)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_locked_account_is_not_opened_by_qq()
    {
        var existing = await app.CreateUserAsync(Password);
        var openId = "OPENID" + Guid.NewGuid().ToString("N");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
            var user = (await users.FindByIdAsync(existing.Id.ToString()))!;
            await users.AddLoginAsync(user, new UserLoginInfo("QQ", openId, "QQ"));
            await users.SetLockoutEndDateAsync(user, app.Clock.GetUtcNow().AddMinutes(10));
        }
        var done = await QqLoginAsync(app.Client(), openId);
        Assert.Equal("/login?notice=qq-locked", done.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_forged_callback_goes_back_to_the_login_page_with_a_message()
    {
        var client = app.Client();
        var response = await client.GetAsync("/signin-qq?code=forged&state=forged");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?notice=qq-failed", response.Headers.Location!.OriginalString);
        Assert.Contains("QQ登录未完成", await client.GetStringAsync("/login?notice=qq-failed"));
    }

    [Fact]
    public async Task The_bind_page_without_a_qq_identity_goes_back_to_the_login_page()
    {
        var response = await app.Client().GetAsync("/login/qq/bind");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/login?notice=qq-failed", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_login_page_offers_qq_when_it_is_configured() =>
        Assert.Contains("href=\"/login/qq\"", await app.Client().GetStringAsync("/login"));
}
