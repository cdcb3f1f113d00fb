using BlazorShop.Features.Accounts.Email;
using BlazorShop.Features.Accounts.External;
using BlazorShop.Features.Accounts.Password;
using BlazorShop.Features.Accounts.RateLimiting;
using BlazorShop.Features.Accounts.Register;
using BlazorShop.Features.Accounts.SignIn;
using BlazorShop.Features.Accounts.Verification;
using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Http;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BlazorShop.Features.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<AccountOptions>(config, AccountOptions.Section);
        services.AddValidatedOptions<VerificationOptions>(config, VerificationOptions.Section);
        services.AddAccountRateLimits(config);

        services.AddSingleton<RateCounters>();
        services.AddSingleton<CaptchaStore>();
        services.AddSingleton<SmsCodes>();
        services.AddScoped<SmsCodeSender>();
        services.AddHostedService<VerificationCleanup>();

        services.AddScoped<CredentialCheck>();
        services.AddScoped<ICredentialCheck>(sp => sp.GetRequiredService<CredentialCheck>());
        services.AddScoped<ShopSignIn>();
        services.AddScoped<IShopSignIn>(sp => sp.GetRequiredService<ShopSignIn>());
        services.AddScoped<Registration>();
        services.AddScoped<PasswordReset>();
        services.AddSingleton<EmailActivation>();
        services.AddScoped<EmailChange>();

        // Sessions: the security stamp is checked on every request (and every minute on a circuit).
        services.AddSingleton<SessionStamp>();
        services.ConfigureApplicationCookie(o => o.Events.OnValidatePrincipal = SessionStamp.ValidatePrincipalAsync);
        services.AddScoped<AuthenticationStateProvider, CircuitSessionRevalidation>();

        QqLogin.AddTo(services, config);
        return services;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // POST only, with antiforgery (the form carries the token), so a link on another site cannot sign anyone out.
        // A new security stamp ends the session everywhere: a copy of the cookie is refused from now on.
        app.MapPost("/logout", async ([FromForm] string? returnUrl, HttpContext http, SessionStamp sessions, SignInManager<Domain.ShopUser> signIn) =>
        {
            if (http.User.UserId() is { } userId) await sessions.RevokeAllAsync(userId, http.RequestAborted);
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        app.MapVerificationEndpoints();
        app.MapRegisterEndpoints();
        QqLogin.Map(app);
        return app;
    }
}
