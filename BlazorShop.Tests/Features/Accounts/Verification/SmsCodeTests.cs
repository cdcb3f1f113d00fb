using System.Net;
using System.Text.Json;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Verification;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.Verification;

/// <summary>SMS codes: only after the image captcha, one per number per 60 s, limited per client address, 5 minutes, once.</summary>
public class SmsCodeTests(SmsCodeTests.App app) : IClassFixture<SmsCodeTests.App>
{
    /// <summary>The per-client limit at a small number, so the test reaches it.</summary>
    public sealed class App : SignInApp
    {
        public const int PerClient = 3;
        public App() => Factory.Settings["Accounts:Verification:PerClientLimit"] = PerClient.ToString();
    }

    private async Task<SmsSendResult> SendAsync(string mobile, string? client = null, SmsPurpose purpose = SmsPurpose.Register, bool rightCaptcha = true)
    {
        client ??= $"10.{Random.Shared.Next(100, 250)}.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}";
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var captchas = scope.ServiceProvider.GetRequiredService<CaptchaStore>();
        var id = await captchas.CreateAsync();
        var answer = rightCaptcha ? await app.CaptchaAnswerAsync(id) : "ZZZZ";
        if (!rightCaptcha && answer == await app.CaptchaAnswerAsync(id)) answer = "YYYY";
        return await scope.ServiceProvider.GetRequiredService<SmsCodeSender>().SendAsync(purpose, mobile, id, answer, client);
    }

    private Task<int> QueuedToAsync(string mobile) => app.DeliveredCountAsync(mobile);

    private SmsCodes Codes => app.Service<SmsCodes>();

    [Fact]
    public async Task A_code_is_stored_and_queued_only_after_the_captcha_passes()
    {
        var mobile = SignInApp.NewMobile();
        Assert.Equal(SmsSendStatus.CaptchaWrong, (await SendAsync(mobile, rightCaptcha: false)).Status);
        Assert.Null(await app.LatestCodeAsync(mobile));
        Assert.Equal(0, await QueuedToAsync(mobile));

        Assert.True((await SendAsync(mobile)).Sent);
        var code = await app.LatestCodeAsync(mobile);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal(1, await QueuedToAsync(mobile));
    }

    [Fact]
    public async Task One_code_per_number_per_60_seconds()
    {
        var mobile = SignInApp.NewMobile();
        Assert.True((await SendAsync(mobile)).Sent);
        var again = await SendAsync(mobile, client: "10.0.0.2");
        Assert.Equal(SmsSendStatus.TooSoon, again.Status);
        Assert.InRange(again.RetryAfter!.Value, TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(60));
        app.Clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(SmsSendStatus.TooSoon, (await SendAsync(mobile)).Status);
        app.Clock.Advance(TimeSpan.FromSeconds(16));
        Assert.True((await SendAsync(mobile)).Sent);
    }

    [Fact]
    public async Task Parallel_requests_for_one_number_send_one_code()
    {
        var mobile = SignInApp.NewMobile();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => SendAsync(mobile, client: $"10.1.0.{i}"))));
        Assert.Single(results, r => r.Sent);
        Assert.Equal(1, await app.DbAsync(db => db.SmsCodes.CountAsync(c => c.Mobile == mobile)));
    }

    [Fact]
    public async Task A_client_address_gets_a_limited_number_of_codes_other_addresses_are_not_affected()
    {
        var client = "10.2.0." + Random.Shared.Next(1, 250);
        for (var i = 0; i < App.PerClient; i++) Assert.True((await SendAsync(SignInApp.NewMobile(), client)).Sent);
        var refused = await SendAsync(SignInApp.NewMobile(), client);
        Assert.Equal(SmsSendStatus.ClientLimit, refused.Status);
        Assert.NotNull(refused.RetryAfter);
        Assert.True((await SendAsync(SignInApp.NewMobile(), client + "1")).Sent);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var mobile = SignInApp.NewMobile();
        await SendAsync(mobile);
        var code = await app.LatestCodeAsync(mobile);
        Assert.True(await Codes.UseAsync(SmsPurpose.Register, mobile, code));
        Assert.False(await Codes.UseAsync(SmsPurpose.Register, mobile, code));
    }

    [Fact]
    public async Task Parallel_uses_of_one_code_succeed_once()
    {
        var mobile = SignInApp.NewMobile();
        await SendAsync(mobile);
        var code = await app.LatestCodeAsync(mobile);
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Codes.UseAsync(SmsPurpose.Register, mobile, code))));
        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task A_code_expires_after_five_minutes()
    {
        var mobile = SignInApp.NewMobile();
        await SendAsync(mobile);
        var code = await app.LatestCodeAsync(mobile);
        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.False(await Codes.UseAsync(SmsPurpose.Register, mobile, code));
    }

    [Fact]
    public async Task Five_wrong_codes_kill_the_code()
    {
        var mobile = SignInApp.NewMobile();
        await SendAsync(mobile);
        var code = (await app.LatestCodeAsync(mobile))!;
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++) Assert.False(await Codes.UseAsync(SmsPurpose.Register, mobile, wrong));
        Assert.False(await Codes.UseAsync(SmsPurpose.Register, mobile, code));
    }

    [Fact]
    public async Task Only_the_newest_code_counts_and_only_for_its_purpose()
    {
        var mobile = SignInApp.NewMobile();
        await SendAsync(mobile);
        var first = await app.LatestCodeAsync(mobile);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await SendAsync(mobile);
        var second = await app.LatestCodeAsync(mobile);
        if (first != second) Assert.False(await Codes.UseAsync(SmsPurpose.Register, mobile, first));
        Assert.False(await Codes.UseAsync(SmsPurpose.ResetPassword, mobile, second));
        Assert.True(await Codes.UseAsync(SmsPurpose.Register, mobile, second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1380013800")]      // 10 digits
    [InlineData("138001380000")]    // 12 digits
    [InlineData("12800138000")]     // no such prefix
    [InlineData("1380013800a")]
    [InlineData("1380013\n8000")]
    [InlineData("138 0013 8000")]
    [InlineData("１３８００１３８０００")] // full-width digits
    public async Task Malformed_numbers_get_no_code(string mobile)
    {
        Assert.Equal(SmsSendStatus.InvalidMobile, (await SendAsync(mobile)).Status);
        Assert.Equal(0, await app.DbAsync(db => db.SmsCodes.CountAsync(c => c.Mobile == mobile)));
    }

    [Fact]
    public async Task A_registered_number_gets_no_register_code_and_a_reset_code_tells_nobody_who_is_a_customer()
    {
        var user = await app.CreateUserAsync("secret123a");
        Assert.Equal(SmsSendStatus.MobileTaken, (await SendAsync(user.Mobile!)).Status);

        // Reset: the same answer for a customer's number and for a stranger's, a code only for the customer.
        var stranger = SignInApp.NewMobile();
        Assert.True((await SendAsync(user.Mobile!, purpose: SmsPurpose.ResetPassword)).Sent);
        Assert.True((await SendAsync(stranger, purpose: SmsPurpose.ResetPassword)).Sent);
        Assert.NotNull(await app.LatestCodeAsync(user.Mobile!));
        Assert.Null(await app.LatestCodeAsync(stranger));
        Assert.Equal(0, await QueuedToAsync(stranger));
    }

    [Fact]
    public async Task The_json_endpoint_answers_each_case_with_the_next_captcha()
    {
        var client = app.Client();
        var page = await client.GetStringAsync("/register");
        var fields = HttpForms.HiddenInputs(page);
        var mobile = SignInApp.NewMobile();

        async Task<(HttpStatusCode, JsonElement)> PostAsync(string captchaId, string captcha)
        {
            var response = await client.PostAsync("/sms-code", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = fields["__RequestVerificationToken"],
                ["purpose"] = "register", ["mobile"] = mobile, ["captchaId"] = captchaId, ["captcha"] = captcha,
            }));
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }

        var captchaId = SignInApp.CaptchaIdIn(page);
        var (status, body) = await PostAsync(captchaId, "????");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Captcha", body.GetProperty("field").GetString());
        Assert.Equal("图形验证码错误或已过期，请重新输入", body.GetProperty("message").GetString());

        captchaId = body.GetProperty("captchaId").GetString()!;
        (status, body) = await PostAsync(captchaId, await app.CaptchaAnswerAsync(captchaId));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("ok").GetBoolean());
        Assert.NotNull(await app.LatestCodeAsync(mobile));

        captchaId = body.GetProperty("captchaId").GetString()!;
        (status, body) = await PostAsync(captchaId, await app.CaptchaAnswerAsync(captchaId));
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.InRange(body.GetProperty("retryAfter").GetInt32(), 50, 60);
    }

    [Fact]
    public async Task The_json_endpoint_wants_the_antiforgery_token()
    {
        var response = await app.Client().PostAsync("/sms-code", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["purpose"] = "register", ["mobile"] = SignInApp.NewMobile(), ["captchaId"] = "0123456789abcdef0123456789abcdef", ["captcha"] = "ABCD",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
