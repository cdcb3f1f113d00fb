using BlazorShop.Infrastructure.Configuration;

namespace BlazorShop.Features.Storefront;

/// <summary>Registration of the storefront's trust pieces: who runs the shop (footer, about page).</summary>
public static class StorefrontServices
{
    public static IServiceCollection AddStorefront(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<ShopInfoOptions>(config, ShopInfoOptions.Section);
        return services;
    }
}
