namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Settings that put an app on the production providers: PostgreSQL, Redis (event bus, browse history), S3.
/// Instances made with the same stack share one database, one event channel and one bucket.
/// </summary>
public sealed class ProductionStack : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly string _channel = "bs-test-events:" + Guid.NewGuid().ToString("N");
    private readonly string _bucket = "bs-app-" + Guid.NewGuid().ToString("N")[..10];
    // Instances sharing a database share the certificate that encrypts its Data Protection key ring (the first
    // one to start generates it), as docker-compose's instances share a volume for it.
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), "blazorshop-tests", "dp-" + Guid.NewGuid().ToString("N") + ".pfx");

    private ProductionStack(PostgresDatabase database) => _database = database;

    public static async Task<ProductionStack> CreateAsync() => new(await PostgresDatabase.CreateAsync());

    public ShopAppFactory NewInstance()
    {
        var app = new ShopAppFactory();
        app.Settings["Database:Provider"] = "Postgres";
        app.Settings["ConnectionStrings:Shop"] = _database.ConnectionString;
        app.Settings["ConnectionStrings:Redis"] = TestServices.Require(TestServices.Redis, "BLAZORSHOP_TEST_REDIS");
        app.Settings["EventBus:Provider"] = "Redis";
        app.Settings["BrowseHistory:Provider"] = "Redis";
        app.Settings["EventBus:Channel"] = _channel;
        app.Settings["Blob:Provider"] = "S3";
        app.Settings["Blob:S3:ServiceUrl"] = TestServices.Require(TestServices.S3, "BLAZORSHOP_TEST_S3");
        app.Settings["Blob:S3:Bucket"] = _bucket;
        app.Settings["Blob:S3:AccessKey"] = "S3RVER"; // s3rver's fixed test credentials
        app.Settings["Blob:S3:SecretKey"] = "S3RVER";
        app.Settings["DataProtection:CertificatePath"] = _certificate;
        return app;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(_certificate);
        return _database.DisposeAsync();
    }
}
