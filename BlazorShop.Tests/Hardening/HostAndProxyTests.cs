using System.Net;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Hardening;

/// <summary>
/// AllowedHosts from configuration, forwarded headers from configured proxies only, Secure cookies and HSTS when
/// the original request was HTTPS — on the real server (Kestrel on loopback) in the Production environment.
/// </summary>
public class HostAndProxyTests
{
    private static ShopAppFactory ProductionApp(params (string Key, string Value)[] settings)
    {
        var app = new ShopAppFactory { EnvironmentName = "Production" }.UseRealServer();
        app.Settings["AllowedHosts"] = "shop.example;localhost;127.0.0.1";
        foreach (var (key, value) in settings) app.Settings[key] = value;
        return app;
    }

    private static HttpClient Client(ShopAppFactory app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.ServerAddress };

    private static HttpRequestMessage Get(string path, string host, string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }
        return request;
    }

    [Fact]
    public async Task Behind_a_loopback_TLS_proxy_cookies_are_Secure_and_HSTS_is_sent()
    {
        await using var app = ProductionApp();
        using var client = Client(app);

        var culture = await client.SendAsync(Get("/culture/set?culture=en&redirectUri=%2Flist%2F1", "shop.example", "https"));
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
        Assert.Contains("secure", culture.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/list/1", culture.Headers.Location!.OriginalString);

        // The sign-in page sets cookies (catalog pages, output-cached for signed-out visitors, set none).
        var home = await client.SendAsync(Get("/login", "shop.example", "https"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.StartsWith("max-age=31536000", home.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.All(home.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Plain_http_gets_no_Secure_cookie_and_no_HSTS()
    {
        await using var app = ProductionApp();
        using var client = Client(app);
        var home = await client.SendAsync(Get("/login", "shop.example"));
        Assert.False(home.Headers.Contains("Strict-Transport-Security"));
        Assert.All(home.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unconfigured_peer_are_ignored()
    {
        // Only 10.9.9.9 is a proxy: the loopback test client is not, so its X-Forwarded-Proto means nothing.
        await using var app = ProductionApp(("ReverseProxy:KnownProxies:0", "10.9.9.9"));
        using var client = Client(app);
        // The sign-in page sets cookies (catalog pages, output-cached for signed-out visitors, set none).
        var home = await client.SendAsync(Get("/login", "shop.example", "https"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(home.Headers.Contains("Strict-Transport-Security"));
        Assert.All(home.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        // X-Forwarded-For is ignored as well: the caller is still the loopback operator, who sees the details.
        var ready = await (await client.SendAsync(Get("/health/ready", "shop.example", "https"))).Content.ReadAsStringAsync();
        Assert.Contains("\"checks\"", ready);
    }

    [Fact]
    public async Task A_trusted_proxy_forwarding_a_remote_client_hides_the_health_details()
    {
        await using var app = ProductionApp();
        using var client = Client(app);
        var ready = await (await client.SendAsync(Get("/health/ready", "shop.example", "https"))).Content.ReadAsStringAsync();
        Assert.Equal("{\"status\":\"Healthy\"}", ready); // the client is 203.0.113.7, not loopback
    }

    public static TheoryData<string> HostileHosts => new() { "evil.example", "shop.example.evil.example", "evil.example:80", "127.0.0.2" };

    [Theory, MemberData(nameof(HostileHosts))]
    public async Task Hosts_outside_AllowedHosts_get_a_400(string host)
    {
        await using var app = ProductionApp();
        using var client = Client(app);
        var response = await client.SendAsync(Get("/list/1?page=2", host));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_embedded_default_allows_only_local_host_names()
    {
        var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        Assert.Equal("localhost;127.0.0.1;[::1]", settings.RootElement.GetProperty("AllowedHosts").GetString());
    }
}
