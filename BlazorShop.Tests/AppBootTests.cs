using System.Net;
using System.Net.Http.Headers;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorShop.Tests;

/// <summary>The app starts on its embedded defaults (SQLite, local blobs, in-process bus) with the demo data.</summary>
public class AppBootTests(SharedShopApp app) : IClassFixture<SharedShopApp>
{
    private HttpClient Client(string? acceptLanguage = null)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        return client;
    }

    [Fact]
    public async Task Home_page_is_Chinese_by_default()
    {
        var html = await Client().GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\"", html);
        Assert.Contains("美多商城", html);
        Assert.Contains("全部商品分类", html);
    }

    [Fact]
    public async Task Home_page_follows_Accept_Language_english()
    {
        var response = await Client("en-US").GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("All categories", html);
    }

    [Fact]
    public async Task Unsupported_languages_fall_back_to_Chinese()
    {
        var html = await Client("fr-FR").GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\"", html);
    }

    [Fact]
    public async Task Culture_switch_sets_the_cookie_and_only_redirects_locally()
    {
        var client = Client("zh-CN");
        var response = await client.GetAsync("/culture/set?culture=en&redirectUri=%2Flist%2F1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/list/1", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture="));

        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\"", html); // the cookie wins over Accept-Language

        var evil = await client.GetAsync("/culture/set?culture=en&redirectUri=%2F%2Fevil.example%2F");
        Assert.Equal("/", evil.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Menu_shows_the_demo_categories_three_levels_deep()
    {
        var html = await Client().GetStringAsync("/");
        foreach (var name in new[] { "手机数码", "家用电器", "电脑办公", "冰箱", "手机" })
            Assert.Contains(name, html);
    }

    [Fact]
    public async Task Health_endpoints_report_the_database()
    {
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        // An anonymous, non-loopback caller sees the status only (details: HostileRequestTests).
        Assert.Equal("{\"status\":\"Healthy\"}", body);
    }

    [Fact]
    public async Task Catalog_images_are_served_from_the_blob_store_with_a_sandbox()
    {
        var client = Client();
        var response = await client.GetAsync("/media/catalog/brands/huawei.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/catalog/none.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    [Fact]
    public async Task Unknown_pages_get_a_friendly_404()
    {
        var response = await Client().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }
}
