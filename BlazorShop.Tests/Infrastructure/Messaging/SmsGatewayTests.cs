using System.Diagnostics;
using BlazorShop.Infrastructure.Messaging;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.Infrastructure.Messaging;

/// <summary>The HTTP SMS gateway over a real socket: the JSON POST and its key, sending off the request path, retries.</summary>
public class SmsGatewayTests(SmsGatewayTests.App app) : IClassFixture<SmsGatewayTests.App>
{
    public sealed class App : SignInApp
    {
        public const string Key = "gateway-key-123";
        public FakeSmsGateway Gateway { get; private set; } = default!;

        public override async Task InitializeAsync()
        {
            Gateway = await FakeSmsGateway.StartAsync();
            Factory.Settings["Messaging:Sms:Provider"] = "Http";
            Factory.Settings["Messaging:Sms:Gateway:Url"] = Gateway.Url.ToString();
            Factory.Settings["Messaging:Sms:Gateway:ApiKey"] = Key;
            Factory.Settings["Messaging:Dispatch:RetryDelay"] = "00:00:00.200";
            Factory.Settings["Messaging:Dispatch:MaxAttempts"] = "3";
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Gateway.DisposeAsync();
        }
    }

    private async Task<FakeSmsGateway.Received> WaitForAsync(string mobile, int count = 1)
    {
        for (var i = 0; i < 100; i++)
        {
            var matching = app.Gateway.Requests.Where(r => r.Body.GetProperty("mobile").GetString() == mobile).ToList();
            if (matching.Count >= count) return matching[^1];
            await Task.Delay(100);
        }
        throw new TimeoutException($"the gateway never received {count} message(s) for {mobile}");
    }

    [Fact]
    public async Task A_code_reaches_the_gateway_as_json_with_the_key_and_the_request_does_not_wait_for_it()
    {
        app.Gateway.Delay = TimeSpan.FromSeconds(2);
        try
        {
            var client = app.Client();
            var page = await client.GetStringAsync("/register");
            var captchaId = SignInApp.CaptchaIdIn(page);
            var mobile = SignInApp.NewMobile();
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/sms-code", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = HttpForms.HiddenInputs(page)["__RequestVerificationToken"],
                ["purpose"] = "register", ["mobile"] = mobile, ["captchaId"] = captchaId, ["captcha"] = await app.CaptchaAnswerAsync(captchaId),
            }));
            Assert.True(response.IsSuccessStatusCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"the request took {watch.Elapsed} (it waited for the gateway)");

            var received = await WaitForAsync(mobile);
            Assert.Equal("Bearer " + App.Key, received.Authorization);
            Assert.StartsWith("application/json", received.ContentType);
            var code = await app.LatestCodeAsync(mobile);
            Assert.Contains(code!, received.Body.GetProperty("text").GetString());
        }
        finally { app.Gateway.Delay = TimeSpan.Zero; }
    }

    /// <summary>(The app's poll for other instances' messages is an hour here: the retries are woken by their own due time.)</summary>
    [Fact]
    public async Task A_failing_gateway_is_retried_and_the_failure_logged_without_the_text()
    {
        var mobile = SignInApp.NewMobile();
        app.Gateway.FailNext(2);
        await app.Service<MessageQueue>().EnqueueSmsAsync(mobile, "secret text 424242");
        await WaitForAsync(mobile, count: 3); // two 500s, then delivered
        Assert.False(await app.DbAsync(db => db.OutgoingMessages.AnyAsync(m => m.Recipient == mobile)));
        var warnings = app.Factory.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category.EndsWith("MessageDispatcher", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, w => w.Message.Contains("attempt 1 of 3", StringComparison.Ordinal) && w.Message.Contains("500", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Factory.Logs.Entries, e => e.Message.Contains("424242", StringComparison.Ordinal) || e.Message.Contains(mobile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_last_attempt_the_message_is_kept_with_its_error_and_an_error_is_logged()
    {
        var mobile = SignInApp.NewMobile();
        app.Gateway.FailNext(3);
        await app.Service<MessageQueue>().EnqueueSmsAsync(mobile, "never delivered");
        await WaitForAsync(mobile, count: 3);
        OutgoingMessage? kept = null;
        for (var i = 0; i < 50 && kept?.GaveUpAt is null; i++)
        {
            await Task.Delay(100);
            kept = await app.DbAsync(db => db.OutgoingMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Recipient == mobile));
        }
        Assert.NotNull(kept?.GaveUpAt);
        Assert.Equal(3, kept!.Attempts);
        Assert.Contains("500", kept.LastError);
        Assert.Contains(app.Factory.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Gave up sending Sms message", StringComparison.Ordinal));
        await Task.Delay(600);
        Assert.Equal(3, app.Gateway.Requests.Count(r => r.Body.GetProperty("mobile").GetString() == mobile)); // not tried again
    }
}
