using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Events;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace BlazorShop.Tests.TestSupport;

/// <summary>What the cart islands need in a bUnit context, over a <see cref="CartWorld"/>.</summary>
public static class CartComponents
{
    public static GuestCartCookie AddCart(this IServiceCollection services, CartWorld world, string? guestToken = null)
    {
        var cookies = new GuestCartCookie(new EphemeralDataProtectionProvider(), Microsoft.Extensions.Options.Options.Create(world.Options), TimeProvider.System);
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<IEventBus>(world.Bus);
        services.AddSingleton(world.Service);
        services.AddSingleton(cookies);
        services.AddSingleton<IJSRuntime>(new SessionJs(guestToken));
        services.AddScoped<CartSession>();
        return cookies;
    }

    /// <summary>The browser's answer to <c>blazorShopCart.session</c>: a token (or none).</summary>
    public sealed class SessionJs(string? token) : IJSRuntime
    {
        public string? Token { get; set; } = token;
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => new((TValue)(object?)Token!);
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);
    }
}
