using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;

namespace BlazorShop.Tests.Features.Orders;

/// <summary>The order page's status island: a payment or shipment published anywhere shows without a reload, and only
/// for this order of this shopper.</summary>
public class OrderLiveStatusTests : PageTestContext
{
    private IRenderedComponent<OrderLiveStatus> Render(string orderId, long userId, OrderStatus status) =>
        RenderComponent<OrderLiveStatus>(p => p.Add(c => c.OrderId, orderId).Add(c => c.UserId, userId).Add(c => c.Status, status));

    [Fact]
    public async Task A_payment_confirmed_elsewhere_turns_the_status_to_ship_and_offers_a_reload()
    {
        var cut = Render("20261122101010000000042", 42, OrderStatus.Unpaid);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".order-status").GetAttribute("data-interactive")));
        Assert.Equal("待支付", cut.Find(".order-status .badge").TextContent);
        Assert.Empty(cut.FindAll(".order-status-changed"));

        await Bus.PublishAsync(new OrderChanged("20261122101010000000042", 42, OrderStatus.ToShip, OrderStatus.Unpaid, 99m));

        cut.WaitForAssertion(() => Assert.Equal("to-ship", cut.Find(".order-status").GetAttribute("data-order-status")), TimeSpan.FromSeconds(5));
        Assert.Equal("待发货", cut.Find(".order-status .badge").TextContent);
        Assert.Equal("/orders/20261122101010000000042", cut.Find(".order-status-changed a").GetAttribute("href"));
    }

    [Fact]
    public async Task Changes_of_other_orders_and_other_shoppers_are_ignored()
    {
        var cut = Render("20261122101010000000042", 42, OrderStatus.Unpaid);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".order-status").GetAttribute("data-interactive")));

        await Bus.PublishAsync(new OrderChanged("20261122101011000000042", 42, OrderStatus.Cancelled, OrderStatus.Unpaid, 5m));
        await Bus.PublishAsync(new OrderChanged("20261122101010000000042", 43, OrderStatus.Cancelled, OrderStatus.Unpaid, 5m));
        // A change of this order published after them arrives after them: when it shows, the others were skipped.
        await Bus.PublishAsync(new OrderChanged("20261122101010000000042", 42, OrderStatus.ToShip, OrderStatus.Unpaid, 99m));

        cut.WaitForAssertion(() => Assert.Equal("to-ship", cut.Find(".order-status").GetAttribute("data-order-status")), TimeSpan.FromSeconds(5));
    }
}
