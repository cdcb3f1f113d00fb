using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BlazorShop.Infrastructure.Http;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Hardening;

/// <summary>Security headers on pages, endpoints and errors; no Server header; HEAD answered (real Kestrel server).</summary>
public class ResponseHeaderTests(RealServerApp app) : IClassFixture<RealServerApp>
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Factory.ServerAddress };

    public static TheoryData<string> Paths => new() { "/", "/list/1", "/search?q=%E5%86%B0", "/login", "/no-such-page", "/health/live", "/culture/set?culture=en", "/app.css" };

    [Theory, MemberData(nameof(Paths))]
    public async Task Every_response_carries_the_security_headers_and_no_Server_header(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.True((int)response.StatusCode < 500);
        Assert.False(response.Headers.Contains("Server"), "Kestrel's Server header is off");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(SecurityHeaders.PermissionsPolicy, response.Headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches("script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;", csp);
    }

    [Fact]
    public async Task The_CSP_allows_exactly_the_pages_one_inline_script_the_framework_import_map()
    {
        using var client = Client();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var inline = Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</script>").ToList();
        var importMap = Assert.Single(inline); // no inline scripts of our own
        Assert.Contains("type=\"importmap\"", importMap.Value);
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups[1].Value))) + "'";
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"script-src 'self' {hash};", csp);
        Assert.DoesNotMatch("<[^>]+\\son[a-z]+\\s*=", html); // no inline event handlers either
    }

    [Fact]
    public async Task Media_keeps_its_own_sandbox_policy()
    {
        using var client = Client();
        var response = await client.GetAsync("/media/catalog/brands/huawei.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    public static TheoryData<string> HeadPaths => new() { "/", "/list/1", "/search?q=%E5%86%B0", "/health/live", "/health/ready", "/media/catalog/brands/huawei.svg" };

    [Theory, MemberData(nameof(HeadPaths))]
    public async Task HEAD_is_answered_like_GET_without_a_body(string path)
    {
        using var client = Client();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", head.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Other_unmapped_methods_are_a_405_not_an_error()
    {
        using var client = Client();
        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE" })
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));
            Assert.True((int)response.StatusCode is 405 or 400 or 404, $"{method} / → {(int)response.StatusCode}");
        }
    }
}

/// <summary>One app on a loopback port, shared by a test class.</summary>
public sealed class RealServerApp : IAsyncLifetime
{
    public ShopAppFactory Factory { get; } = new ShopAppFactory().UseRealServer();
    public Task InitializeAsync() { _ = Factory.ServerAddress; return Task.CompletedTask; }
    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
}
