using BlazorShop.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BlazorShop.Features.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<SignInService>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // POST only, with antiforgery (the form carries the token), so a link on another site cannot sign anyone out.
        app.MapPost("/logout", async ([FromForm] string? returnUrl, SignInManager<ShopUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        return app;
    }
}

public static class LocalUrl
{
    /// <summary>Only same-site paths; anything else (absolute, protocol-relative, backslash tricks) becomes "/".</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 and <= 2000 } u && u.StartsWith('/') && !u.StartsWith("//") && !u.StartsWith("/\\") ? u : "/";
}
