using System.Net;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>Public pages come from the output cache for anonymous shoppers — never with anyone's cookie, name or cart.</summary>
public class PageCacheTests(SharedShopApp shared) : IClassFixture<SharedShopApp>
{
    private ShopAppFactory App => shared.Factory;

    private HttpClient Anonymous() => App.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });

    private async Task<(long Id, int Category, decimal Price, int Stock)> SkuAsync(int skip)
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var sku = await db.Skus.AsNoTracking().Where(s => s.IsLaunched && s.Stock > 10).OrderBy(s => s.Id).Skip(skip)
            .Select(s => new { s.Id, s.CategoryId, s.Price, s.Stock }).FirstAsync();
        return (sku.Id, sku.CategoryId, sku.Price, sku.Stock);
    }

    private static async Task<string> EventuallyAsync(HttpClient http, string path, Func<string, bool> condition)
    {
        var html = "";
        for (var i = 0; i < 100; i++)
        {
            html = await http.GetStringAsync(path);
            if (condition(html)) return html;
            await Task.Delay(50);
        }
        Assert.Fail($"{path} never showed the expected content");
        return html;
    }

    [Fact]
    public async Task Anonymous_visitors_share_one_cached_render_that_sets_no_cookie()
    {
        var (id, _, _, _) = await SkuAsync(1);
        using var http = Anonymous();
        using var first = await http.GetAsync($"/goods/{id}");
        using var second = await http.GetAsync($"/goods/{id}");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age); // served from the cache
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_guest_with_a_cart_gets_the_shared_cached_page_which_carries_no_cart_of_anyone()
    {
        var (id, category, _, _) = await SkuAsync(3);
        var other = (await SkuAsync(4)).Id;
        // Guest A has a cart (cookie) with 7 of another SKU; they render the pages first (filling the cache).
        using var a = Anonymous();
        using var add = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = other.ToString(), ["count"] = "7" }),
        };
        add.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var added = await a.SendAsync(add);
        var cookie = added.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BlazorShop.Features.Cart.GuestCartCookie.Name + "=", StringComparison.Ordinal)).Split(';')[0];
        a.DefaultRequestHeaders.Add("Cookie", cookie);

        foreach (var path in new[] { $"/goods/{id}", $"/list/{category}", "/" })
        {
            using var forA = await a.GetAsync(path);
            using var forB = await Anonymous().GetAsync(path); // guest B, no cookie
            var (htmlA, htmlB) = (await forA.Content.ReadAsStringAsync(), await forB.Content.ReadAsStringAsync());

            Assert.NotNull(forB.Headers.Age); // B got A's cached render...
            Assert.Equal(htmlA, htmlB);
            Assert.False(forA.Headers.Contains("Set-Cookie")); // ...which sets no cookie...
            Assert.False(forB.Headers.Contains("Set-Cookie"));
            Assert.Contains("<span class=\"count\"", htmlB); // ...and whose badge is empty until the island asks
            Assert.Matches("class=\"count\"[^>]*>0</span>", htmlB);
            Assert.DoesNotContain("mini-cart", htmlB);
            Assert.DoesNotContain(cookie.Split('=')[1], htmlB);
        }
    }

    [Fact]
    public async Task A_price_change_reaches_every_cached_page_showing_that_sku()
    {
        var (id, category, price, stock) = await SkuAsync(2);
        using var http = Anonymous();
        var product = $"/goods/{id}";
        var list = $"/list/{category}?size=48";
        foreach (var path in new[] { product, list }) { await http.GetStringAsync(path); await http.GetStringAsync(path); }

        var newPrice = price + 1.11m;
        await App.Services.GetRequiredService<SkuEditor>().UpdateAsync(id, new SkuEdit(Price: newPrice));
        try
        {
            await EventuallyAsync(http, product, html => html.Contains($"data-price=\"{newPrice}\""));
            await EventuallyAsync(http, list, html => html.Contains($"data-price=\"{newPrice}\""));
        }
        finally { await App.Services.GetRequiredService<SkuEditor>().UpdateAsync(id, new SkuEdit(Price: price, Stock: stock)); }
    }

    [Fact]
    public async Task Signed_in_shoppers_get_their_own_fresh_page_which_never_reaches_anyone_else()
    {
        var (id, _, _, _) = await SkuAsync(3);
        var (other, _, _, _) = await SkuAsync(4);
        using var anonymous = Anonymous();
        using var shopper = App.CreateClient();
        await ShopperSignIn.SignInAsync(shopper, "demo", TestAccounts.ShopperPassword);

        // The shopper is the first visitor of this page: nothing of theirs may be stored for the next one.
        using var theirs = await shopper.GetAsync($"/goods/{other}");
        Assert.Matches(SignedInAs("demo"), await theirs.Content.ReadAsStringAsync());
        Assert.Null(theirs.Headers.Age);
        foreach (var path in new[] { $"/goods/{other}", $"/goods/{id}", $"/goods/{id}" })
        {
            var html = await anonymous.GetStringAsync(path);
            // (not a bare "demo": the pages carry base64 component descriptors, where any four letters may turn up)
            Assert.DoesNotContain("user-name", html);
            Assert.DoesNotMatch(SignedInAs("demo"), html);
            Assert.Contains("/login?returnUrl=", html);
        }

        // A page anonymous visitors have cached is rendered afresh for the shopper, with their name.
        using var fresh = await shopper.GetAsync($"/goods/{id}");
        Assert.Null(fresh.Headers.Age);
        Assert.Matches(SignedInAs("demo"), await fresh.Content.ReadAsStringAsync());
    }

    private static string SignedInAs(string user) => $"class=\"user-name\"[^<]*{user}";

    [Fact]
    public async Task Pages_vary_by_culture_and_requests_with_other_parameters_are_not_cached()
    {
        using var http = Anonymous();
        async Task<HttpResponseMessage> GetAsync(string path, string language)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Accept-Language", language);
            return await http.SendAsync(request);
        }
        foreach (var language in new[] { "en", "zh-CN", "en", "zh-CN" }) (await GetAsync("/search?q=4K", language)).Dispose();
        using var english = await GetAsync("/search?q=4K", "en");
        using var chinese = await GetAsync("/search?q=4K", "zh-CN");
        Assert.NotNull(english.Headers.Age);
        Assert.NotNull(chinese.Headers.Age);
        Assert.Contains("lang=\"en\"", await english.Content.ReadAsStringAsync());
        Assert.Contains("lang=\"zh-CN\"", await chinese.Content.ReadAsStringAsync());

        (await GetAsync("/search?q=4K&utm_source=x", "en")).Dispose();
        using var unknown = await GetAsync("/search?q=4K&utm_source=x", "en");
        Assert.Null(unknown.Headers.Age);
    }

    [Fact]
    public async Task A_catalog_structure_change_drops_every_cached_page()
    {
        using var http = Anonymous();
        (await http.GetAsync("/")).Dispose();
        using var cached = await http.GetAsync("/");
        Assert.NotNull(cached.Headers.Age);

        await App.Services.GetRequiredService<IEventBus>().PublishAsync(new CatalogStructureChanged("test"));

        for (var i = 0; ; i++)
        {
            using var response = await http.GetAsync("/");
            if (response.Headers.Age is null) break;
            Assert.True(i < 100, "the home page was never rendered again");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Unknown_goods_are_a_404_that_is_not_cached()
    {
        using var http = Anonymous();
        (await http.GetAsync("/goods/987654321")).Dispose();
        using var again = await http.GetAsync("/goods/987654321");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }
}
