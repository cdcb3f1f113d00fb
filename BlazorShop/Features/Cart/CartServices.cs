using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Infrastructure.Security;
using BlazorShop.Shared;

namespace BlazorShop.Features.Cart;

public static class CartServices
{
    /// <summary>The cart: its store (by <c>Cart:Provider</c>), rules, guest identity and the merge on sign-in.</summary>
    public static IServiceCollection AddCart(this IServiceCollection services, IConfiguration config)
    {
        var cart = services.AddValidatedOptions<CartOptions>(config, CartOptions.Section);
        services.AddOptions<CartOptions>().Validate(o => o.Provider != CartStoreProvider.Redis || RedisSetup.IsConfigured(config),
            "Cart:Provider is Redis but ConnectionStrings:Redis is not set");
        if (cart.Provider == CartStoreProvider.Redis && RedisSetup.IsConfigured(config)) services.AddSingleton<ICartStore, RedisCartStore>();
        else
        {
            services.AddSingleton<ICartStore, DatabaseCartStore>();
            services.AddHostedService<GuestCartSweeper>();
        }
        services.AddSingleton<CartService>();
        services.AddSingleton<GuestCartCookie>();
        services.AddScoped<CartSession>();
        services.AddScoped<ICartQuickAdd, CartQuickAdd>();
        services.AddScoped<ISignInObserver, CartMergeObserver>();
        return services;
    }
}
