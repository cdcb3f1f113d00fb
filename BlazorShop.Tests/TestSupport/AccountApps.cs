namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Running apps for the user-centre tests, started on first use and shared by the collection "accounts": one per
/// database provider ("Sqlite", "Postgres") and one with the S3 blob store ("S3", on s3rver).
/// </summary>
public sealed class AccountApps : IAsyncLifetime
{
    private readonly Dictionary<string, Task<ShopAppFactory>> _apps = [];
    private readonly List<PostgresDatabase> _databases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static TheoryData<string> Providers => CatalogApps.Providers;

    /// <summary>The blob stores: Local always; S3 when s3rver is configured (always in CI).</summary>
    public static TheoryData<string> BlobStores
    {
        get
        {
            var data = new TheoryData<string> { "Local" };
            if (TestServices.S3 is not null || TestServices.Required) data.Add("S3");
            return data;
        }
    }

    /// <summary>"Sqlite", "Postgres" or "S3" (SQLite with the S3 blob store); "Local" is the same app as "Sqlite".</summary>
    public async Task<ShopAppFactory> GetAsync(string kind)
    {
        if (kind == "Local") kind = "Sqlite";
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(kind, out var app)) _apps[kind] = app = StartAsync(kind);
            return await app;
        }
        finally { _gate.Release(); }
    }

    private async Task<ShopAppFactory> StartAsync(string kind)
    {
        var factory = new ShopAppFactory();
        if (kind == "Postgres")
        {
            var database = await PostgresDatabase.CreateAsync();
            _databases.Add(database);
            factory.Settings["Database:Provider"] = "Postgres";
            factory.Settings["ConnectionStrings:Shop"] = database.ConnectionString;
        }
        if (kind == "S3")
        {
            factory.Settings["Blob:Provider"] = "S3";
            factory.Settings["Blob:S3:ServiceUrl"] = TestServices.Require(TestServices.S3, "BLAZORSHOP_TEST_S3");
            factory.Settings["Blob:S3:Bucket"] = "bs-avatars-" + Guid.NewGuid().ToString("N")[..8];
            factory.Settings["Blob:S3:AccessKey"] = "S3RVER";
            factory.Settings["Blob:S3:SecretKey"] = "S3RVER";
        }
        factory.ServiceOverrides.Add(RecordingBlobStore.Install);
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

[CollectionDefinition("accounts")]
public sealed class AccountsCollection : ICollectionFixture<AccountApps>;
