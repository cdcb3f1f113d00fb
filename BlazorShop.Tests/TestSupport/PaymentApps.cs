using System.Collections.Concurrent;
using BlazorShop.Features.Payments.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>An app for the payment tests: its clock (moved by the tests), and the pipe the simulator's notifies take.</summary>
public sealed record PaymentApp(ShopAppFactory Factory, ManualClock Clock, NotifyRelay Relay);

/// <summary>
/// Running apps for the payment tests, one per database provider, on the built-in simulator. The simulator's notifies
/// reach the app in-process (<see cref="NotifyRelay"/>, which can drop or fail them per order); the expiry sweep and the
/// reconciliation don't run by themselves (tests call them); the notify retry schedule is compressed 10,000 times.
/// </summary>
public sealed class PaymentApps : IAsyncLifetime
{
    private readonly Dictionary<string, Task<PaymentApp>> _apps = [];
    private readonly List<PostgresDatabase> _databases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static TheoryData<string> Providers => CatalogApps.Providers;

    public async Task<PaymentApp> GetAsync(string provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var app)) _apps[provider] = app = StartAsync(provider);
            return await app;
        }
        finally { _gate.Release(); }
    }

    private async Task<PaymentApp> StartAsync(string provider)
    {
        var factory = new ShopAppFactory();
        if (provider == "Postgres")
        {
            var database = await PostgresDatabase.CreateAsync();
            _databases.Add(database);
            factory.Settings["Database:Provider"] = "Postgres";
            factory.Settings["ConnectionStrings:Shop"] = database.ConnectionString;
        }
        factory.Settings["Orders:ExpirySweepInterval"] = "01:00:00";
        factory.Settings["Payment:ReconcileInterval"] = "01:00:00";
        factory.Settings["Payment:SimulatorRetryScale"] = "0.0001";
        var clock = new ManualClock();
        var relay = new NotifyRelay(factory);
        factory.ServiceOverrides.Add(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddHttpClient(SimulatorNotifier.ClientName).ConfigurePrimaryHttpMessageHandler(() => relay).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        });
        factory.StartServer();
        return new PaymentApp(factory, clock, relay);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values) await (await app).Factory.DisposeAsync();
        foreach (var database in _databases) await database.DisposeAsync();
    }
}

/// <summary>
/// Carries the simulator's notifies to the test server (there is no socket). Notifies for orders in <see cref="Dropped"/>
/// are lost on the way (the gateway sees a 503); <see cref="FailFirst"/> fails that many attempts per order first.
/// </summary>
public sealed class NotifyRelay(ShopAppFactory factory) : HttpMessageHandler
{
    private readonly Lazy<HttpMessageInvoker> _server = new(() => new HttpMessageInvoker(factory.Server.CreateHandler()));
    public ConcurrentDictionary<string, bool> Dropped { get; } = new();
    public ConcurrentDictionary<string, int> FailFirst { get; } = new();
    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var fields = body.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        var order = fields.GetValueOrDefault("out_trade_no") ?? "";
        var attempt = Attempts.AddOrUpdate(order, 1, (_, n) => n + 1);
        if (Dropped.ContainsKey(order) || attempt <= FailFirst.GetValueOrDefault(order))
            return new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        var forward = new HttpRequestMessage(request.Method, request.RequestUri) { Content = new FormUrlEncodedContent(fields) };
        return await _server.Value.SendAsync(forward, cancellationToken);
    }
}

[CollectionDefinition("payments")]
public sealed class PaymentsCollection : ICollectionFixture<PaymentApps>;
