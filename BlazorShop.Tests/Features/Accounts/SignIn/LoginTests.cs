using System.Diagnostics;
using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.Features.Accounts.SignIn;

/// <summary>Sign-in by username or mobile; lockout that holds under parallel attempts; unknown names look like wrong passwords.</summary>
public class LoginTests(SignInApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SignInApp>
{
    private const string Password = "right-pass1";

    private async Task<string?> ErrorOfLoginAsync(string account, string password)
    {
        var response = await HttpForms.PostLoginAsync(app.Client(), account, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return SignInApp.FormError(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_shopper_signs_in_with_the_mobile_number()
    {
        var user = await app.CreateUserAsync(Password);
        var client = app.Client();
        var response = await HttpForms.PostLoginAsync(client, user.Mobile!, Password, path: "/login?returnUrl=%2Fsearch%3Fq%3Dx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=x", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.Contains(user.UserName!, await client.GetStringAsync("/login"));
        Assert.Contains(app.Observer.Calls, c => c.UserId == user.Id && c.Path == "/login");
        Assert.NotNull((await app.UserAsync(user.Id)).LastLoginAt);
    }

    [Fact]
    public async Task A_shopper_signs_in_with_the_username_in_any_case_and_with_spaces_around_it()
    {
        var user = await app.CreateUserAsync(Password);
        var response = await HttpForms.PostLoginAsync(app.Client(), "  " + user.UserName!.ToUpperInvariant() + " ", Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Remember_me_makes_the_cookie_outlive_the_browser_session()
    {
        var user = await app.CreateUserAsync(Password);
        var session = await HttpForms.PostLoginAsync(app.Client(), user.UserName!, Password);
        var remembered = await HttpForms.PostLoginAsync(app.Client(), user.UserName!, Password, remember: true);
        string AuthCookie(HttpResponseMessage r) => r.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("blazorshop.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", AuthCookie(session), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", AuthCookie(remembered), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", AuthCookie(remembered), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_account_and_wrong_password_get_the_same_message()
    {
        var user = await app.CreateUserAsync(Password);
        var wrongPassword = await ErrorOfLoginAsync(user.UserName!, "wrong-pass1");
        var unknownName = await ErrorOfLoginAsync(SignInApp.NewUserName(), "wrong-pass1");
        var unknownMobile = await ErrorOfLoginAsync(SignInApp.NewMobile(), "wrong-pass1");
        Assert.Equal("用户名、手机号或密码错误", wrongPassword);
        Assert.Equal(wrongPassword, unknownName);
        Assert.Equal(wrongPassword, unknownMobile);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one()
    {
        var user = await app.CreateUserAsync(Password);
        for (var i = 1; i <= 4; i++) Assert.Equal("用户名、手机号或密码错误", await ErrorOfLoginAsync(user.UserName!, "wrong-pass" + i));
        Assert.Equal("登录失败次数过多，账户已临时锁定，请15分钟后再试", await ErrorOfLoginAsync(user.UserName!, "wrong-pass5"));
        var locked = await app.UserAsync(user.Id);
        Assert.InRange(locked.LockoutEnd!.Value - app.Clock.GetUtcNow(), TimeSpan.FromMinutes(14.9), TimeSpan.FromMinutes(15));
        // The right password does not open it, by username or by mobile.
        Assert.Equal("登录失败次数过多，账户已临时锁定，请15分钟后再试", await ErrorOfLoginAsync(user.Mobile!, Password));

        var warnings = app.Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message + " " + e.State).ToList();
        Assert.Contains(warnings, w => w.Contains($"User {user.Id} locked out until", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains($"wrong password for user {user.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("wrong-pass", StringComparison.Ordinal) || w.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_lock_ends_after_15_minutes()
    {
        var user = await app.CreateUserAsync(Password);
        for (var i = 0; i < 5; i++) await ErrorOfLoginAsync(user.UserName!, "wrong-pass1");
        app.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostLoginAsync(app.Client(), user.UserName!, Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_answers_locked_after_five_tries_too_and_its_name_is_not_logged()
    {
        var name = SignInApp.NewUserName();
        for (var i = 0; i < 4; i++) Assert.Equal("用户名、手机号或密码错误", await ErrorOfLoginAsync(name, "wrong-pass1"));
        Assert.Equal("登录失败次数过多，账户已临时锁定，请15分钟后再试", await ErrorOfLoginAsync(name, "wrong-pass1"));
        Assert.DoesNotContain(app.Factory.Logs.Entries, e => (e.Message + e.State).Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sixteen_wrong_passwords_in_parallel_all_count()
    {
        var user = await app.CreateUserAsync(Password);
        // Each attempt from its own client (own antiforgery token), all sent at once.
        var clients = Enumerable.Range(0, 16).Select(_ => app.Client()).ToList();
        var forms = await Task.WhenAll(clients.Select(async c => HttpForms.HiddenInputs(await c.GetStringAsync("/login"))));
        var posts = clients.Select((c, i) =>
        {
            forms[i]["Input.Account"] = user.UserName!;
            forms[i]["Input.Password"] = "wrong-pass" + i;
            return c.PostAsync("/login", new FormUrlEncodedContent(forms[i]));
        });
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await app.UserAsync(user.Id);
        Assert.True(after.LockoutEnd > app.Clock.GetUtcNow(), $"not locked: AccessFailedCount={after.AccessFailedCount}");
        Assert.Equal(HttpStatusCode.OK, (await HttpForms.PostLoginAsync(app.Client(), user.UserName!, Password)).StatusCode);
    }

    [Fact]
    public async Task Unknown_account_and_wrong_password_take_comparable_time()
    {
        var user = await app.CreateUserAsync(Password);
        var client = app.Client();
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/login"));
        async Task<double> TimeAsync(string account)
        {
            var form = new Dictionary<string, string>(fields) { ["Input.Account"] = account, ["Input.Password"] = "wrong-pass1" };
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/login", new FormUrlEncodedContent(form));
            await response.Content.ReadAsStringAsync();
            return watch.Elapsed.TotalMilliseconds;
        }
        await TimeAsync(user.UserName!); // warm both paths
        await TimeAsync(SignInApp.NewUserName());
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            known.Add(await TimeAsync(user.UserName!));
            unknown.Add(await TimeAsync(SignInApp.NewUserName()));
        }
        var ratio = Median(unknown) / Median(known);
        output.WriteLine($"median login: wrong password {Median(known):F1} ms, unknown account {Median(unknown):F1} ms, ratio {ratio:F2}");
        // Before: ~4 ms against ~50 ms (ratio ~0.08). Both now hash one password; generous bounds for a busy machine.
        Assert.InRange(ratio, 0.5, 2.0);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Empty_fields_get_messages_not_a_sign_in_attempt()
    {
        var response = await HttpForms.PostLoginAsync(app.Client(), " ", "");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入用户名或手机号", SignInApp.ValidationMessages(html));
        Assert.Contains("请输入密码", SignInApp.ValidationMessages(html));
        Assert.Null(SignInApp.FormError(html));
    }

    [Fact]
    public async Task The_password_is_never_sent_back_in_the_page()
    {
        var response = await HttpForms.PostLoginAsync(app.Client(), SignInApp.NewUserName(), "typed-secret-9");
        Assert.DoesNotContain("typed-secret-9", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_login_page_links_to_register_and_forgot_password_and_both_exist()
    {
        var client = app.Client();
        var html = await client.GetStringAsync("/login?returnUrl=%2Fcart");
        Assert.Contains("href=\"/register?returnUrl=%2Fcart\"", html);
        Assert.Contains("href=\"/forgot-password?returnUrl=%2Fcart\"", html);
        Assert.Contains("type=\"text\"", html); // the username box is styled like the others
        foreach (var page in new[] { "/register", "/forgot-password" })
        {
            var linked = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
            Assert.Contains("href=\"/login\"", await linked.Content.ReadAsStringAsync());
        }
        // The header's 注册 link leads to the register page.
        Assert.Contains("<a href=\"/register\"", await client.GetStringAsync("/login"));
    }
}
