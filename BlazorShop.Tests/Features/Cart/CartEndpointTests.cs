using System.Net;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Cart;

/// <summary>The plain form post behind "add to cart" (used before a product page's circuit connects).</summary>
public class CartEndpointTests(SharedShopApp shared) : IClassFixture<SharedShopApp>
{
    private ShopAppFactory App => shared.Factory;

    private async Task<long> SkuAsync()
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Skus.Where(s => s.IsLaunched && s.Stock > 20).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    private static HttpRequestMessage Post(long sku, string quantity, string? fetchSite = "same-origin", string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = sku.ToString(), ["quantity"] = quantity }),
        };
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "http://evil.example")]
    [InlineData(null, null)]
    public async Task A_post_from_another_site_is_refused(string? fetchSite, string? origin)
    {
        using var http = App.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await http.SendAsync(Post(await SkuAsync(), "1", fetchSite, origin));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_guest_is_sent_to_sign_in_and_back_to_the_product_with_the_chosen_quantity()
    {
        var sku = await SkuAsync();
        using var http = App.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await http.SendAsync(Post(sku, "3", fetchSite: null, origin: "http://localhost"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString($"/goods/{sku}?qty=3")}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("abc", 1)]
    [InlineData("-5", 1)]
    public async Task A_signed_in_shopper_adds_to_the_cart_and_comes_back_to_the_product(string quantity, int added)
    {
        var sku = await SkuAsync();
        using var http = App.CreateClient(new() { AllowAutoRedirect = false });
        await ShopperSignIn.SignInAsync(http, "demo", TestAccounts.ShopperPassword);
        var before = await CountAsync(sku);

        using var response = await http.SendAsync(Post(sku, quantity));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/goods/{sku}?cart=added", response.Headers.Location!.OriginalString);
        Assert.Equal(before + added, await CountAsync(sku));
        var page = await http.GetStringAsync($"/goods/{sku}?cart=added");
        Assert.Contains("已加入购物车", page);
    }

    private async Task<int> CountAsync(long sku)
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.CartItems.Where(c => c.SkuId == sku && db.Users.Any(u => u.Id == c.UserId && u.UserName == "demo")).SumAsync(c => (int?)c.Count) ?? 0;
    }
}
