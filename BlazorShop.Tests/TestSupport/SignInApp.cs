using System.Text.RegularExpressions;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// An app for the account tests: the embedded store without the demo catalog (quick to start), a clock the tests
/// move (<see cref="Clock"/>), a recording sign-in observer, and the helpers the tests share: new users, the
/// answer of a captcha and the newest SMS code — read from the stores, as the issue asks, never from the page.
/// </summary>
public class SignInApp : IAsyncLifetime, IAsyncDisposable
{
    private static int s_sequence = Random.Shared.Next(1000, 9000) * 1000;

    public ShopAppFactory Factory { get; }
    public ManualClock Clock { get; } = new();
    public RecordingSignInObserver Observer { get; } = new();

    public SignInApp() : this(new ShopAppFactory()) { }

    /// <summary>On a factory of the caller's (e.g. a data directory shared with a second instance).</summary>
    public static SignInApp On(ShopAppFactory factory) => new(factory);

    protected SignInApp(ShopAppFactory factory)
    {
        Factory = factory;
        Factory.Settings["Seed:DemoData"] = "false";
        Factory.ServiceOverrides.Add(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ISignInObserver>(Observer);
        });
    }

    public virtual Task InitializeAsync()
    {
        Factory.StartServer();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Factory.DisposeAsync();

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> DbAsync<T>(Func<ShopDbContext, Task<T>> query)
    {
        await using var db = await Service<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>A mobile number no other test uses (13x…).</summary>
    public static string NewMobile() => "137" + Interlocked.Increment(ref s_sequence).ToString("D8");

    public static string NewUserName() => "user_" + Guid.NewGuid().ToString("N")[..10];

    public async Task<ShopUser> CreateUserAsync(string password, string? userName = null, string? mobile = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var user = new ShopUser { UserName = userName ?? NewUserName(), Mobile = mobile ?? NewMobile() };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public Task<ShopUser> UserAsync(long id) => DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public Task<string> CaptchaAnswerAsync(string id) => DbAsync(db => db.Captchas.Where(c => c.Id == id).Select(c => c.Answer).SingleAsync());

    /// <summary>The newest code stored for the number (any purpose), or null.</summary>
    public Task<string?> LatestCodeAsync(string mobile) =>
        DbAsync(db => db.SmsCodes.Where(c => c.Mobile == mobile).OrderByDescending(c => c.Id).Select(c => c.Code).FirstOrDefaultAsync());

    /// <summary>Messages delivered to the development outbox for the recipient, once none is waiting in the queue any more.</summary>
    public async Task<int> DeliveredCountAsync(string recipient)
    {
        for (var i = 0; i < 100 && await DbAsync(db => db.OutgoingMessages.AnyAsync(m => m.Recipient == recipient && m.GaveUpAt == null)); i++)
            await Task.Delay(100);
        return await DbAsync(db => db.DevOutbox.CountAsync(m => m.Recipient == recipient));
    }

    /// <summary>The newest message delivered to the development outbox for the recipient (waits up to 10 s for it).</summary>
    public async Task<BlazorShop.Infrastructure.Messaging.DevOutboxMessage> DeliveredAsync(string recipient)
    {
        for (var i = 0; i < 100; i++)
        {
            var message = await DbAsync(db => db.DevOutbox.AsNoTracking().Where(m => m.Recipient == recipient).OrderByDescending(m => m.Id).FirstOrDefaultAsync());
            if (message is not null) return message;
            await Task.Delay(100);
        }
        throw new TimeoutException($"nothing was delivered to {recipient}");
    }

    /// <summary>The hidden captcha id of a page's form.</summary>
    public static string CaptchaIdIn(string html) => Regex.Match(html, "name=\"Input.CaptchaId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;

    /// <summary>The message shown in the page's form-error box, or null.</summary>
    public static string? FormError(string html) =>
        Regex.Match(html, "class=\"form-error\"[^>]*>([^<]*)<") is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The validation messages of the page, decoded.</summary>
    public static List<string> ValidationMessages(string html) =>
        Regex.Matches(html, "class=\"validation-message\"[^>]*>([^<]*)<").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
