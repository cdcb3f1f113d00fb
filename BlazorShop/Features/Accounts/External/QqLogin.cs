using BlazorShop.Domain;
using BlazorShop.Features.Accounts.SignIn;
using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.External;

/// <summary>
/// QQ login: /login/qq sends the shopper to QQ; QQ returns to /signin-qq (the OAuth handler), which keeps the QQ
/// identity in Identity's short-lived external cookie and goes on to /login/qq/done: a QQ account bound before signs in
/// at once, a new one goes to /login/qq/bind to bind to an existing account (by its password) or a new one.
/// Registered only when <c>Authentication:QQ:AppId</c> and <c>AppKey</c> are set.
/// </summary>
public sealed class QqLogin(IOptions<QqLoginOptions> options)
{
    public const string Scheme = "QQ";

    public bool IsConfigured => options.Value.IsConfigured;

    public static void AddTo(IServiceCollection services, IConfiguration config)
    {
        var settings = services.AddValidatedOptions<QqLoginOptions>(config, QqLoginOptions.Section);
        services.AddSingleton<QqLogin>();
        if (!settings.IsConfigured) return;
        services.AddAuthentication().AddOAuth<QqOAuthSettings, QqHandler>(Scheme, "QQ", o =>
        {
            o.ClientId = settings.AppId;
            o.ClientSecret = settings.AppKey;
            o.AuthorizationEndpoint = settings.AuthorizationEndpoint;
            o.TokenEndpoint = settings.TokenEndpoint;
            o.OpenIdEndpoint = settings.OpenIdEndpoint;
            o.UserInformationEndpoint = settings.UserInformationEndpoint;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            // QQ comes back with a top-level GET redirect, which Lax cookies survive; Secure whenever the request is
            // HTTPS (the default None + always-Secure would lose the correlation cookie on plain-HTTP development).
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Refused at QQ, a forged or replayed callback: back to the login page with a message, not an error page.
            o.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<QqLogin>()
                    .LogWarning("QQ login failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect("/login?notice=qq-failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login/qq", (string? returnUrl, QqLogin qq, SignInManager<ShopUser> signIn) =>
        {
            if (!qq.IsConfigured) return Results.NotFound();
            var done = "/login/qq/done?returnUrl=" + Uri.EscapeDataString(LocalUrl.OrHome(returnUrl));
            return Results.Challenge(signIn.ConfigureExternalAuthenticationProperties(Scheme, done), [Scheme]);
        });

        app.MapGet("/login/qq/done", async (string? returnUrl, HttpContext http, QqLogin qq, SignInManager<ShopUser> signIn,
            UserManager<ShopUser> users, ShopSignIn shopSignIn, TimeProvider time) =>
        {
            if (!qq.IsConfigured) return Results.NotFound();
            var info = await signIn.GetExternalLoginInfoAsync();
            if (info is null) return Results.LocalRedirect("/login?notice=qq-failed");
            var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
            if (user is null) return Results.LocalRedirect(AccountLinks.With("/login/qq/bind", returnUrl));
            await http.SignOutAsync(IdentityConstants.ExternalScheme);
            if (user.LockoutEnabled && user.LockoutEnd > time.GetUtcNow()) return Results.LocalRedirect("/login?notice=qq-locked");
            await shopSignIn.SignInAsync(http, user, persistent: false, ShopSignIn.Qq, http.RequestAborted);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
    }
}
