using System.Net;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Verification;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.SignIn;

/// <summary>
/// The races on PostgreSQL (where requests really run in parallel) and across two app instances sharing one
/// database: lockout, captcha, SMS code and the per-number limit hold there too.
/// </summary>
public class AccountsOnPostgresTests(AccountsOnPostgresTests.TwoInstances apps) : IClassFixture<AccountsOnPostgresTests.TwoInstances>
{
    public sealed class TwoInstances : IAsyncLifetime
    {
        private PostgresDatabase? _database;
        private readonly string _certificate = Path.Combine(Path.GetTempPath(), "blazorshop-tests", "dp-" + Guid.NewGuid().ToString("N") + ".pfx");
        public SignInApp A { get; private set; } = default!;
        public SignInApp B { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            if (ServiceFactAttribute.SkipReason([Service.Postgres]) is not null) return;
            _database = await PostgresDatabase.CreateAsync();
            A = Instance();
            await A.InitializeAsync();
            B = Instance();
            await B.InitializeAsync();
        }

        private SignInApp Instance()
        {
            var factory = new ShopAppFactory();
            factory.Settings["Database:Provider"] = "Postgres";
            factory.Settings["ConnectionStrings:Shop"] = _database!.ConnectionString;
            factory.Settings["DataProtection:CertificatePath"] = _certificate;
            return SignInApp.On(factory);
        }

        public async Task DisposeAsync()
        {
            if (_database is null) return;
            await B.DisposeAsync();
            await A.DisposeAsync();
            await _database.DisposeAsync();
            File.Delete(_certificate);
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task Sixteen_wrong_passwords_in_parallel_across_two_instances_lock_the_account()
    {
        var user = await apps.A.CreateUserAsync("pg-right-pass1");
        var clients = Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? apps.A : apps.B).Client()).ToList();
        var forms = await Task.WhenAll(clients.Select(async c => HttpForms.HiddenInputs(await c.GetStringAsync("/login"))));
        var responses = await Task.WhenAll(clients.Select((c, i) =>
        {
            forms[i]["Input.Account"] = user.UserName!;
            forms[i]["Input.Password"] = "wrong-pass" + i;
            return c.PostAsync("/login", new FormUrlEncodedContent(forms[i]));
        }));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await apps.B.UserAsync(user.Id);
        Assert.True(after.LockoutEnd > DateTimeOffset.UtcNow, $"not locked: AccessFailedCount={after.AccessFailedCount}");
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_captcha_made_on_one_instance_is_checked_once_on_either()
    {
        var id = await apps.A.Service<CaptchaStore>().CreateAsync();
        var answer = await apps.A.CaptchaAnswerAsync(id);
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => (i % 2 == 0 ? apps.A : apps.B).Service<CaptchaStore>().CheckAsync(id, answer))));
        Assert.Single(results, r => r);
    }

    [ServiceFact(Service.Postgres)]
    public async Task One_code_per_number_and_each_code_once_across_instances()
    {
        var mobile = SignInApp.NewMobile();
        async Task<SmsSendResult> SendAsync(SignInApp app, int i)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var captchas = scope.ServiceProvider.GetRequiredService<CaptchaStore>();
            var id = await captchas.CreateAsync();
            return await scope.ServiceProvider.GetRequiredService<SmsCodeSender>()
                .SendAsync(SmsPurpose.Register, mobile, id, await app.CaptchaAnswerAsync(id), $"10.20.0.{i}");
        }
        var sends = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => SendAsync(i % 2 == 0 ? apps.A : apps.B, i))));
        Assert.Single(sends, s => s.Sent);

        var code = await apps.A.LatestCodeAsync(mobile);
        var uses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            (i % 2 == 0 ? apps.A : apps.B).Service<SmsCodes>().UseAsync(SmsPurpose.Register, mobile, code))));
        Assert.Single(uses, u => u);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_session_ended_on_one_instance_is_refused_by_the_other()
    {
        var user = await apps.A.CreateUserAsync("pg-right-pass1");
        var client = apps.A.Client();
        var signedIn = await HttpForms.PostLoginAsync(client, user.Mobile!, "pg-right-pass1");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("blazorshop.auth=", StringComparison.Ordinal)).Split(';')[0];
        async Task<HttpStatusCode> OnBAsync()
        {
            var copy = apps.B.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/account/email");
            request.Headers.Add("Cookie", cookie);
            return (await copy.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await OnBAsync());
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/login"), "/logout");
        await client.PostAsync("/logout", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, await OnBAsync());
    }
}
