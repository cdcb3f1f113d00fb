namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Running apps for the order tests, one per database provider ("Sqlite", "Postgres"), started on first use and
/// shared by the collection "orders". The expiry sweep is slowed down so tests decide when orders expire.
/// </summary>
public sealed class OrderApps : IAsyncLifetime
{
    private readonly Dictionary<string, Task<ShopAppFactory>> _apps = [];
    private readonly List<PostgresDatabase> _databases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static TheoryData<string> Providers => CatalogApps.Providers;

    public async Task<ShopAppFactory> GetAsync(string provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var app)) _apps[provider] = app = StartAsync(provider);
            return await app;
        }
        finally { _gate.Release(); }
    }

    private async Task<ShopAppFactory> StartAsync(string provider)
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
        factory.StartServer();
        return factory;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values) await (await app).DisposeAsync();
        foreach (var database in _databases) await database.DisposeAsync();
    }
}

[CollectionDefinition("orders")]
public sealed class OrdersCollection : ICollectionFixture<OrderApps>;
