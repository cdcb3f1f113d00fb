using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Cart;

/// <summary>
/// The plain HTTP side of the cart: the form post behind "add to cart" (before a circuit connects), the guest cart
/// cookie, the cart page, and the merge when a guest signs in.
/// </summary>
public partial class CartEndpointTests(SharedShopApp shared) : IClassFixture<SharedShopApp>
{
    private ShopAppFactory App => shared.Factory;
    private CartService Carts => App.Services.GetRequiredService<CartService>();

    private async Task<List<long>> SkusAsync(int count = 3, int skip = 0)
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => s.Id).Skip(skip).Take(count).ToListAsync();
    }

    private static HttpRequestMessage Post(long sku, string count, string? fetchSite = "same-origin", string? origin = null, string field = "count")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = sku.ToString(), [field] = count }),
        };
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    private HttpClient Client() => App.CreateClient(new() { AllowAutoRedirect = false });

    private static string? CartCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(GuestCartCookie.Name + "=", StringComparison.Ordinal)) : null;

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "http://evil.example")]
    [InlineData(null, null)]
    public async Task A_post_from_another_site_is_refused(string? fetchSite, string? origin)
    {
        using var http = Client();
        using var response = await http.SendAsync(Post((await SkusAsync(1))[0], "1", fetchSite, origin));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(CartCookie(response));
    }

    [Fact]
    public async Task A_guest_adds_gets_a_protected_http_only_cart_cookie_and_sees_the_line_on_the_cart_page()
    {
        var sku = (await SkusAsync(1, skip: 1))[0];
        using var http = Client();
        using var response = await http.SendAsync(Post(sku, "3", fetchSite: null, origin: "http://localhost"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/goods/{sku}?cart=added", response.Headers.Location!.OriginalString);
        var cookie = CartCookie(response);
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(sku.ToString() + ";", cookie); // an id, not the cart

        var page = await http.GetStringAsync("/cart");
        Assert.Contains($"data-sku=\"{sku}\"", page);
        Assert.Contains("value=\"3\"", page);
        Assert.Contains("已加入购物车", await http.GetStringAsync($"/goods/{sku}?cart=added"));
    }

    [Fact]
    public async Task A_tampered_or_forged_cart_cookie_is_an_empty_cart_never_an_error()
    {
        var sku = (await SkusAsync(1, skip: 2))[0];
        using var owner = Client();
        using var added = await owner.SendAsync(Post(sku, "2"));
        var value = CartCookie(added)!.Split(';')[0][(GuestCartCookie.Name.Length + 1)..];
        var tampered = value[..^4] + (value[^4] == 'A' ? "B" : "A") + value[^3..];

        foreach (var forged in new[] { tampered, "g:00000000000000000000000000000001", "", new string('x', 5000) })
        {
            using var http = Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/cart");
            request.Headers.Add("Cookie", $"{GuestCartCookie.Name}={forged}");
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("购物车还是空的", page);
            Assert.DoesNotContain($"data-sku=\"{sku}\"", page);
        }
        // The real cookie still finds the cart.
        Assert.Contains($"data-sku=\"{sku}\"", await owner.GetStringAsync("/cart"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("1000")]
    [InlineData("99999999999999999999")]
    public async Task A_bad_count_says_why_and_leaves_the_cart_unchanged(string count)
    {
        var sku = (await SkusAsync(1))[0];
        using var http = Client();
        await ShopperSignIn.SignInAsync(http, "demo", TestAccounts.ShopperPassword);
        var before = await CountAsync(sku);

        using var response = await http.SendAsync(Post(sku, count));

        Assert.Equal($"/goods/{sku}?cart=invalidcount", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await CountAsync(sku));
        Assert.Contains("购物车未改变", await http.GetStringAsync($"/goods/{sku}?cart=invalidcount"));
    }

    [Theory]
    [InlineData("987654321")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task A_sku_that_does_not_exist_says_so_on_the_cart_page(string sku)
    {
        using var http = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = sku, ["count"] = "1" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await http.SendAsync(request);

        Assert.Equal("/cart?notice=notfound", response.Headers.Location!.OriginalString);
        Assert.Contains("该商品不存在", await http.GetStringAsync("/cart?notice=notfound"));
    }

    [Fact]
    public async Task A_sku_that_is_not_launched_is_refused()
    {
        long sku;
        await using (var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            sku = await db.Skus.Where(s => !s.IsLaunched).Select(s => s.Id).FirstOrDefaultAsync();
        if (sku == 0) return; // the demo catalog launches every SKU; the store suite covers it with its own catalog
        using var http = Client();
        using var response = await http.SendAsync(Post(sku, "1"));
        Assert.Equal($"/goods/{sku}?cart=unavailable", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("2", "count")]
    [InlineData("2", "quantity")]
    public async Task A_signed_in_shopper_adds_to_the_cart_and_comes_back_to_the_product(string count, string field)
    {
        var sku = (await SkusAsync(1))[0];
        using var http = Client();
        await ShopperSignIn.SignInAsync(http, "demo", TestAccounts.ShopperPassword);
        var before = await CountAsync(sku);

        using var response = await http.SendAsync(Post(sku, count, field: field));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/goods/{sku}?cart=", response.Headers.Location!.OriginalString);
        Assert.Equal(before + 2, await CountAsync(sku));
        Assert.Null(CartCookie(response)); // signed in: no guest cart
    }

    [Fact]
    public async Task Signing_in_merges_the_guest_cart_guest_count_wins_and_the_guest_cookie_is_cleared()
    {
        var skus = await SkusAsync(2, skip: 6);
        using var http = Client();
        // The shopper's own cart already has the first SKU (1 of it).
        var demo = await UserIdAsync("demo");
        await Carts.RemoveAsync(CartOwner.User(demo), skus);
        await Carts.AddAsync(CartOwner.User(demo), skus[0], 1);

        using var first = await http.SendAsync(Post(skus[0], "4"));
        var cookie = CartCookie(first)!.Split(';')[0];
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        (await http.SendAsync(Post(skus[1], "2"))).Dispose();

        var login = await http.GetStringAsync("/login");
        using var signIn = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
            ["Input.Account"] = "demo",
            ["Input.Password"] = TestAccounts.ShopperPassword,
        }));

        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(GuestCartCookie.Name + "=;", StringComparison.Ordinal));
        var lines = (await App.Services.GetRequiredService<ICartStore>().GetAsync(CartOwner.User(demo))).ToDictionary(l => l.SkuId);
        Assert.Equal(4, lines[skus[0]].Count);
        Assert.Equal(2, lines[skus[1]].Count);
        var guest = App.Services.GetRequiredService<GuestCartCookie>();
        Assert.Empty(await App.Services.GetRequiredService<ICartStore>().GetAsync(GuestOf(guest, cookie)));
    }

    [Fact]
    public async Task The_session_endpoint_gives_a_token_only_to_the_cookies_own_browser_and_only_same_origin()
    {
        using var http = Client();
        using var cross = new HttpRequestMessage(HttpMethod.Post, "/cart/session?create=1");
        cross.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(cross)).StatusCode);

        using var none = new HttpRequestMessage(HttpMethod.Post, "/cart/session");
        none.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var noneResponse = await http.SendAsync(none);
        Assert.Contains("\"token\":null", await noneResponse.Content.ReadAsStringAsync());
        Assert.Null(CartCookie(noneResponse)); // asking is not a reason to issue a cart

        using var create = new HttpRequestMessage(HttpMethod.Post, "/cart/session?create=1");
        create.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var created = await http.SendAsync(create);
        var cookie = CartCookie(created);
        Assert.NotNull(cookie);
        var token = TokenOf().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookies = App.Services.GetRequiredService<GuestCartCookie>();
        Assert.Equal(GuestOf(cookies, cookie!.Split(';')[0]), cookies.FromCircuitToken(token));
        Assert.Null(cookies.FromCircuitToken(token[..^3] + "abc"));
    }

    /// <summary>The guest cart a cookie header value names, read the way the app reads it.</summary>
    private static CartOwner GuestOf(GuestCartCookie cookies, string cookieHeader)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers.Cookie = cookieHeader;
        return cookies.ReadGuest(context)!.Value;
    }

    private async Task<long> UserIdAsync(string name)
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> CountAsync(long sku) =>
        (await App.Services.GetRequiredService<ICartStore>().GetAsync(CartOwner.User(await UserIdAsync("demo")))).Where(l => l.SkuId == sku).Sum(l => l.Count);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("\"token\":\"([^\"]+)\"")]
    private static partial Regex TokenOf();
}
