using System.Net;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Infrastructure;

/// <summary>The app configured as in production (PostgreSQL, Redis, S3): boots, reports ready, and instances share state.</summary>
public class ProductionProvidersTests
{
    [ServiceFact(Service.Postgres, Service.Redis, Service.S3)]
    public async Task App_on_production_providers_boots_seeds_and_reports_every_dependency_ready()
    {
        await using var stack = await ProductionStack.CreateAsync();
        await using var app = stack.NewInstance();
        var http = app.CreateClient();

        Assert.IsType<S3BlobStore>(app.Services.GetRequiredService<IBlobStore>());
        Assert.IsType<RedisEventBus>(app.Services.GetRequiredService<IEventBus>());
        Assert.IsType<RedisBrowseHistory>(app.Services.GetRequiredService<IBrowseHistory>());

        await HttpForms.SignInAsync(http, "admin", TestAccounts.AdminPassword); // the per-check details are for admins
        var ready = await http.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        foreach (var check in new[] { "database", "redis", "blobs" })
            Assert.Contains($"\"{check}\":{{\"status\":\"Healthy\"", body);

        Assert.Contains("手机数码", await http.GetStringAsync("/"));
        // Catalog images were imported into the bucket and are served from it.
        var logo = await http.GetAsync("/media/catalog/brands/huawei.svg");
        Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
        Assert.StartsWith("<svg", (await logo.Content.ReadAsStringAsync()).TrimStart());
    }

    [ServiceFact(Service.Postgres, Service.Redis, Service.S3)]
    public async Task Two_instances_share_the_data_protection_key_ring_through_the_database()
    {
        await using var stack = await ProductionStack.CreateAsync();
        await using var first = stack.NewInstance();
        await using var second = stack.NewInstance();
        first.StartServer();
        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("购物车");
        second.StartServer();
        // What one instance protected (auth cookies, antiforgery, the guest cart) the other can read.
        Assert.Equal("购物车", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    [ServiceFact(Service.Postgres, Service.Redis, Service.S3)]
    public async Task Ready_check_fails_when_the_blob_store_is_unreachable()
    {
        await using var stack = await ProductionStack.CreateAsync();
        await using var app = stack.NewInstance();
        app.Settings["Blob:S3:ServiceUrl"] = "http://127.0.0.1:9"; // nothing listens on the discard port
        app.Settings["Seed:DemoData"] = "false";
        var client = app.CreateClient();
        await HttpForms.SignInAsync(client, "admin", TestAccounts.AdminPassword); // the per-check details are for admins
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"blobs\":{\"status\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}

/// <summary>With a certificate configured, the key ring in the database is encrypted, and still works.</summary>
public class KeyRingEncryptionTests
{
    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_configured_certificate()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=BlazorShop test keys", rsa,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var password = Guid.NewGuid().ToString("N"); // generated per run, never stored
        var pfx = Path.Combine(Path.GetTempPath(), $"bs-keys-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, password));
        try
        {
            await using var app = new ShopAppFactory();
            app.Settings["DataProtection:CertificatePath"] = pfx;
            app.Settings["DataProtection:CertificatePassword"] = password;
            app.Settings["Seed:DemoData"] = "false";
            var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
            Assert.Equal("收货地址", protector.Unprotect(protector.Protect("收货地址")));

            await using var db = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<BlazorShop.Infrastructure.Data.ShopDbContext>>().CreateDbContext();
            var xml = Assert.Single(db.DataProtectionKeys.Select(k => k.Xml).ToList());
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml); // the master key's plain value is not in the database
        }
        finally { File.Delete(pfx); }
    }
}
