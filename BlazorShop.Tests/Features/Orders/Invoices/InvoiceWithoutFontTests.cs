using System.Net;
using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Features.Orders.Invoices;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.Features.Orders.Invoices;

/// <summary>A server without any CJK font: it starts (with a warning) and the invoice link explains instead of failing.</summary>
public class InvoiceWithoutFontTests
{
    [Fact]
    public async Task Start_up_warns_and_the_invoice_link_answers_a_localized_notice_not_an_error()
    {
        await using var app = new ShopAppFactory();
        app.ServiceOverrides.Add(services => services.AddSingleton(new InvoiceFont(new InvoiceOptions(), [])));
        app.StartServer();
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Invoices:FontPath"));
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, stock: 5);
        var placed = await app.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id, OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)));
        using var client = await TestShoppers.ClientAsync(app, buyer.Shopper);

        using var pdf = await client.GetAsync($"/orders/{placed.OrderId}/invoice.pdf");
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        using var notice = await client.GetAsync(pdf.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Contains("服务器缺少中文字体", await notice.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        Assert.Contains("lacks a Chinese font", await client.GetStringAsync(pdf.Headers.Location));
    }
}
