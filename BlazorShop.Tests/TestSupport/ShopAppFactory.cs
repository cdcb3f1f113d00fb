using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// The real app (Program) on its embedded defaults, in a temp data folder of its own; settings can be overridden
/// (e.g. Postgres, Redis, S3). With <see cref="UseRealServer"/> it listens on a loopback port for the browser tests.
/// </summary>
public class ShopAppFactory : WebApplicationFactory<Program>
{
    /// <summary>A temp folder of its own, or one shared with another instance (a restart on the same data).</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "blazorshop-tests", Guid.NewGuid().ToString("N"));
    /// <summary>Leave <see cref="DataDirectory"/> in place when disposed (another instance will start on it).</summary>
    public bool KeepData { get; init; }
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Seed:AdminPassword"] = TestAccounts.AdminPassword,
        ["Seed:ShopperPassword"] = TestAccounts.ShopperPassword,
        // The demo order history and reviews would be in every test's counts; DemoOrderHistoryTests turns them on.
        ["Seed:DemoOrders"] = "false",
        // Every test signs in and asks for codes from the same address: the rate limits are tested on their own
        // (AccountRateLimitTests, SmsCodeTests), with the real values or lower ones.
        ["Accounts:RateLimits:Login:PermitLimit"] = "100000",
        ["Accounts:RateLimits:Codes:PermitLimit"] = "100000",
        ["Accounts:RateLimits:Checks:PermitLimit"] = "100000",
        ["Accounts:Verification:PerClientLimit"] = "100000",
        // No background poll in the middle of a test that counts SQL commands (messages queued here are sent at once).
        ["Messaging:Dispatch:PollInterval"] = "01:00:00",
        // Nor a payment reconciliation pass (the payment tests run it themselves).
        ["Payment:ReconcileInterval"] = "01:00:00",
    };

    /// <summary>Everything the app logs (after the factory's level filter, Warning by default).</summary>
    public LogSink Logs { get; } = new();

    /// <summary>The hosting environment (Development unless a test needs Production behaviour).</summary>
    public string EnvironmentName { get; set; } = "Development";

    /// <summary>When set, every response says which instance served it (X-Test-Instance), for tests behind a proxy.</summary>
    public string? InstanceName { get; set; }

    /// <summary>Extra service registrations (test doubles, counters), applied after the app's own.</summary>
    public List<Action<IServiceCollection>> ServiceOverrides { get; } = [];

    public ShopAppFactory UseRealServer()
    {
        UseKestrel(0);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // Browser tests leave circuits open; don't wait the default 30 s for them when a test app stops.
        builder.ConfigureServices(services =>
        {
            services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            if (InstanceName is { } name) services.AddTransient<IStartupFilter>(_ => new InstanceHeader(name));
            foreach (var configure in ServiceOverrides) configure(services);
        });
    }

    /// <summary>The real server's base address (after <see cref="UseRealServer"/>).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepData) return;
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class TestAccounts
{
    // Generated per test run, never stored: the seeder reads them from configuration.
    public static readonly string AdminPassword = "Adm" + Guid.NewGuid().ToString("N")[..10];
    public static readonly string ShopperPassword = "Shp" + Guid.NewGuid().ToString("N")[..10];
}

/// <summary>One app shared by the tests of a class (start-up imports the demo catalog, which takes a few seconds).</summary>
public sealed class SharedShopApp : IAsyncLifetime
{
    public ShopAppFactory Factory { get; } = new();
    public Task InitializeAsync() { Factory.StartServer(); return Task.CompletedTask; }
    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
}

sealed class InstanceHeader(string name) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.Headers["X-Test-Instance"] = name;
            return nextMiddleware(context);
        });
        next(app);
    };
}
