namespace BlazorShop.Features.Cart;

public static class CartServices
{
    public static IServiceCollection AddCartSummary(this IServiceCollection services) =>
        services.AddSingleton<CartSummaryService>().AddSingleton<ServerCart>();
}
