using System.Net;
using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Tests.Hardening;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Orders.Invoices;

/// <summary>GET /orders/{id}/invoice.pdf: the owner gets the PDF of their order; nobody else learns it exists.</summary>
[Collection("orders")]
public class InvoiceEndpointTests(OrderApps apps)
{
    public static TheoryData<string> Providers => OrderApps.Providers;

    private static async Task<(OrderBuyer Buyer, string OrderId, string SkuName)> OrderAsync(ShopAppFactory app)
    {
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 10, price: 1299.5m);
        var result = await app.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 2)));
        Assert.Equal(PlaceOrderOutcome.Placed, result.Outcome);
        await using var db = OrderTestData.Db(app);
        return (buyer, result.OrderId!, db.Skus.Where(s => s.Id == sku).Select(s => s.Name).Single());
    }

    [ServiceTheory(Service.CjkFont), MemberData(nameof(Providers))]
    public async Task The_owner_downloads_a_pdf_that_reads_back_with_the_order_id_and_chinese_text(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (buyer, orderId, skuName) = await OrderAsync(app);
        using var client = await TestShoppers.ClientAsync(app, buyer.Shopper);

        using var response = await client.GetAsync($"/orders/{orderId}/invoice.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var text = PdfText.Extract(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(orderId, text);
        Assert.Contains("张三", text);             // the receiver of the address snapshot
        Assert.Contains(skuName, text);           // "测试商品 … 款1"
        Assert.Contains("货到付款", text);
        Assert.Contains("待发货", text);
        Assert.Contains("¥2,609.00", text);       // 1299.50 × 2 + 10 freight
    }

    [ServiceTheory(Service.CjkFont), MemberData(nameof(Providers))]
    public async Task Another_user_an_unknown_or_a_malformed_id_get_404_and_anonymous_visitors_are_sent_to_sign_in(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (buyer, orderId, _) = await OrderAsync(app);
        var stranger = await OrderTestData.BuyerAsync(app);
        using var strangerClient = await TestShoppers.ClientAsync(app, stranger.Shopper);
        using var ownerClient = await TestShoppers.ClientAsync(app, buyer.Shopper);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/orders/{orderId}/invoice.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/orders/{orderId}/invoice")).StatusCode);
        var unknown = "20200101000000" + buyer.Id.ToString("D9");
        Assert.Equal(HttpStatusCode.NotFound, (await ownerClient.GetAsync($"/orders/{unknown}/invoice.pdf")).StatusCode);
        foreach (var malformed in HostileInput.MalformedSegments)
            Assert.Equal(HttpStatusCode.NotFound, (await ownerClient.GetAsync($"/orders/{malformed}/invoice.pdf")).StatusCode);

        using var signIn = await anonymous.GetAsync($"/orders/{orderId}/invoice.pdf");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/login", signIn.Headers.Location?.OriginalString);
        // With a font on the server, the notice page sends the owner on to the PDF.
        using var notice = await ownerClient.GetAsync($"/orders/{orderId}/invoice");
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        Assert.Equal($"/orders/{orderId}/invoice.pdf", new Uri(new Uri("http://localhost"), notice.Headers.Location!).AbsolutePath);
    }
}
