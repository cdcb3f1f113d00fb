using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorShop.Tests.Hardening;

/// <summary>/health/live public; /health/ready: the status for everyone, the per-check details for loopback or an admin.</summary>
public class HealthTests(SharedShopApp app) : IClassFixture<SharedShopApp>
{
    private HttpClient Client() => app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Anonymous_remote_callers_see_the_status_only()
    {
        // The test server's connection has no remote address: not loopback.
        var ready = await Client().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await ready.Content.ReadAsStringAsync());
        Assert.Equal("no-store", ready.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_admin_sees_every_check()
    {
        var client = Client();
        await HttpForms.SignInAsync(client, "admin", TestAccounts.AdminPassword);
        var body = await client.GetStringAsync("/health/ready");
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"blobs\":{\"status\":\"Healthy\"", body);
    }

    [Fact]
    public async Task A_signed_in_shopper_does_not()
    {
        var client = Client();
        await HttpForms.SignInAsync(client, "demo", TestAccounts.ShopperPassword);
        Assert.Equal("{\"status\":\"Healthy\"}", await client.GetStringAsync("/health/ready"));
    }
}

/// <summary>The operator on the machine (loopback) sees the details, including a failing check's reason.</summary>
public class LoopbackHealthTests
{
    [Fact]
    public async Task Loopback_sees_the_details_and_a_failing_optional_service_makes_the_app_not_ready()
    {
        // Redis configured but unreachable: the app starts degraded (Redis is optional for start-up) and says so.
        await using var app = new ShopAppFactory().UseRealServer();
        app.Settings["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=200";
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"redis\":{\"status\":\"Unhealthy\"", body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // the shop itself still answers
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
