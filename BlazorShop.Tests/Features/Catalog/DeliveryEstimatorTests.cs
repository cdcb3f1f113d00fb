using BlazorShop.Features.Catalog;
using BlazorShop.Features.Orders;
using BlazorShop.Features.Storefront;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>The product page's delivery promise: the orders' freight, a date in China time, the cut-off and remote areas.</summary>
public class DeliveryEstimatorTests
{
    private static DeliveryEstimator Estimator(DateTimeOffset utcNow, decimal freight = 10m) => new(
        Options.Create(new DeliveryOptions { CutoffHour = 16, Days = 2, RemoteDays = 5, RemoteProvinces = [65] }),
        new OrderFreight(Options.Create(new OrderOptions { Freight = freight })), new TestClock(utcNow), null!);

    [Fact]
    public void Before_the_cut_off_in_China_it_ships_today_and_arrives_after_the_configured_days()
    {
        // 07:00 UTC is 15:00 in Beijing: before the 16:00 cut-off.
        var quote = Estimator(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero)).Quote(44);
        Assert.True(quote.ShipsToday);
        Assert.Equal(new DateOnly(2026, 11, 22), quote.ShipsOn);
        Assert.Equal(new DateOnly(2026, 11, 24), quote.ArrivesBy);
        Assert.Equal(10m, quote.Freight);
    }

    [Fact]
    public void After_the_cut_off_it_ships_tomorrow_and_the_china_date_counts_not_the_utc_one()
    {
        // 17:00 UTC on the 22nd is 01:00 on the 23rd in Beijing: before the cut-off of the 23rd.
        var late = Estimator(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero)).Quote(null);
        Assert.Equal(new DateOnly(2026, 11, 23), late.ShipsOn);
        // 09:00 UTC is 17:00 in Beijing: after the cut-off, ships on the 23rd.
        var afternoon = Estimator(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)).Quote(null);
        Assert.False(afternoon.ShipsToday);
        Assert.Equal(new DateOnly(2026, 11, 25), afternoon.ArrivesBy);
    }

    [Fact]
    public void Remote_provinces_take_longer_and_freight_follows_the_orders_setting()
    {
        var quote = Estimator(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero), freight: 12.5m).Quote(65);
        Assert.Equal(new DateOnly(2026, 11, 27), quote.ArrivesBy);
        Assert.Equal(12.5m, quote.Freight);
    }
}
