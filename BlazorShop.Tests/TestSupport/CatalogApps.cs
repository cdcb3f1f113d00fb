using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// One running app per database provider, started on first use with the demo catalog, shared by the catalog tests
/// (collection "catalog" runs them one after another, so tests that edit a SKU don't race each other).
/// </summary>
public sealed class CatalogApps : IAsyncLifetime
{
    private readonly Dictionary<string, Task<ShopAppFactory>> _apps = [];
    private readonly List<PostgresDatabase> _databases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Sqlite always; Postgres when its server is configured (always in CI).</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "Sqlite" };
            if (TestServices.Postgres is not null || TestServices.Required) data.Add("Postgres");
            return data;
        }
    }

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

    public async Task<T> ServiceAsync<T>(string provider) where T : notnull => (await GetAsync(provider)).Services.GetRequiredService<T>();

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

[CollectionDefinition("catalog")]
public sealed class CatalogCollection : ICollectionFixture<CatalogApps>;
