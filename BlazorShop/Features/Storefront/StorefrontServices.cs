using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Shared;

namespace BlazorShop.Features.Storefront;

/// <summary>Registration of the storefront's trust pieces: who runs the shop (footer, about page), the freight shown on product pages.</summary>
public static class StorefrontServices
{
    public static IServiceCollection AddStorefront(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<ShopInfoOptions>(config, ShopInfoOptions.Section);
        services.AddSingleton<IFreight, OrderFreight>();
        return services;
    }
}
