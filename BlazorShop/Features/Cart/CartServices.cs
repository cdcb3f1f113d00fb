using BlazorShop.Infrastructure.Events;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Cart;

public static class CartServices
{
    /// <summary>The cart: its store (Redis or the database, by <see cref="CartOptions"/>), rules, guest identity and merge.</summary>
    public static IServiceCollection AddCart(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<CartOptions>()
            .Bind(config.GetSection(CartOptions.Section))
            .Configure(o => o.RedisConfigured = RedisSetup.IsConfigured(config))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var provider = config.GetSection(CartOptions.Section).GetValue<CartStoreProvider?>(nameof(CartOptions.Provider)) ?? CartStoreProvider.Auto;
        var redis = provider == CartStoreProvider.Redis || (provider == CartStoreProvider.Auto && RedisSetup.IsConfigured(config));
        // Cart:Provider=Redis without a Redis connection falls back here and is refused by the validation at start.
        if (redis && RedisSetup.IsConfigured(config)) services.AddSingleton<ICartStore, RedisCartStore>();
        else services.AddSingleton<ICartStore, DatabaseCartStore>();
        services.AddSingleton<CartService>();
        services.AddSingleton<GuestCartCookie>();
        services.AddScoped<CartSession>();
        services.AddScoped<ISignInObserver, CartMergeObserver>();
        return services;
    }
}
