using BlazorShop.Features.Orders.Demo;
using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Seeding;

namespace BlazorShop.Features.Orders;

public static class OrderServices
{
    /// <summary>Checkout, the shopper's order actions and queries, and the expiry sweep of unpaid orders.</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<OrderOptions>(config, OrderOptions.Section);
        services.AddSingleton<PlacingGate>();
        services.AddSingleton<ICheckout, CheckoutService>();
        services.AddSingleton<OrderActions>();
        services.AddSingleton<IOrderActions>(sp => sp.GetRequiredService<OrderActions>());
        services.AddSingleton<IOrderQueries, OrderQueries>();
        services.AddHostedService<OrderExpiryService>();
        services.AddSingleton<IDataSeedStep, DemoOrderHistory>();
        return services;
    }
}
