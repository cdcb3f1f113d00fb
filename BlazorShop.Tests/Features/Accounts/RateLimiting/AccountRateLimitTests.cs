using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.Features.Accounts.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter per client address (here set through X-Forwarded-For from the trusted loopback proxy,
/// on the real server): login posts, code-sending posts and the live checks; showing a form is never limited.
/// </summary>
public class AccountRateLimitTests(AccountRateLimitTests.App app) : IClassFixture<AccountRateLimitTests.App>
{
    public sealed class App : SignInApp
    {
        public const int Limit = 3;

        public override Task InitializeAsync()
        {
            Factory.UseRealServer();
            foreach (var policy in new[] { "Login", "Codes", "Checks" })
                Factory.Settings[$"Accounts:RateLimits:{policy}:PermitLimit"] = Limit.ToString();
            return base.InitializeAsync();
        }
    }

    private HttpClient ClientFrom(string address)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = app.Factory.ServerAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static string NewAddress() => $"198.51.100.{Random.Shared.Next(1, 255)}";

    [Fact]
    public async Task Login_posts_are_limited_per_client_and_the_form_stays_available()
    {
        var address = NewAddress();
        var client = ClientFrom(address);
        for (var i = 0; i < App.Limit; i++)
            Assert.Equal(HttpStatusCode.OK, (await HttpForms.PostLoginAsync(client, "nobody-" + i, "wrong-pass1")).StatusCode);
        var refused = await HttpForms.PostLoginAsync(client, "nobody-x", "wrong-pass1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.StartsWith("操作过于频繁，请", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        Assert.Contains(app.Factory.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"refused for client {address}", StringComparison.Ordinal));

        // Another address is not affected.
        Assert.Equal(HttpStatusCode.OK, (await HttpForms.PostLoginAsync(ClientFrom($"203.0.113.{Random.Shared.Next(1, 255)}"), "nobody", "wrong-pass1")).StatusCode);
    }

    [Fact]
    public async Task Code_sending_is_limited_per_client_with_a_json_answer_for_the_script()
    {
        var client = ClientFrom(NewAddress());
        var page = await client.GetStringAsync("/register");
        var token = HttpForms.HiddenInputs(page)["__RequestVerificationToken"];
        HttpResponseMessage? last = null;
        for (var i = 0; i <= App.Limit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/sms-code")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["purpose"] = "register", ["mobile"] = SignInApp.NewMobile(),
                    ["captchaId"] = "0123456789abcdef0123456789abcdef", ["captcha"] = "ABCD",
                }),
            };
            request.Headers.Accept.ParseAdd("application/json");
            last = await client.SendAsync(request);
            if (i < App.Limit) Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode); // wrong captcha, but counted
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        var json = System.Text.Json.JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.StartsWith("操作过于频繁", json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Register_and_forgot_password_posts_count_as_code_sending()
    {
        foreach (var path in new[] { "/register", "/forgot-password" })
        {
            var client = ClientFrom(NewAddress());
            var fields = HttpForms.HiddenInputs(await client.GetStringAsync(path));
            fields["Input.Action"] = "captcha";
            for (var i = 0; i < App.Limit; i++)
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(path, new FormUrlEncodedContent(fields))).StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync(path, new FormUrlEncodedContent(fields))).StatusCode);
        }
    }

    [Fact]
    public async Task The_live_checks_and_new_captchas_are_limited_per_client()
    {
        var client = ClientFrom(NewAddress());
        for (var i = 0; i < App.Limit; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/register/check?username=someone" + i)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/register/check?username=someone")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/captcha/new")).StatusCode);
    }
}
