using BlazorShop.Domain;
using BlazorShop.Infrastructure.Http;
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
