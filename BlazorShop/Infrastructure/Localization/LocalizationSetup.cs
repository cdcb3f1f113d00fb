using System.Globalization;
using BlazorShop.Infrastructure.Http;
using Microsoft.AspNetCore.Localization;

namespace BlazorShop.Infrastructure.Localization;

public static class LocalizationSetup
{
    public const string Default = "zh-CN";
    public static readonly string[] Supported = ["zh-CN", "en"];

    public static IServiceCollection AddShopLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(Default);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Cookie (the switcher) wins over the browser's Accept-Language; anything else falls back to zh-CN.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>GET /culture/set?culture=en&amp;redirectUri=/list/3 — stores the choice in the culture cookie (1 year).</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/set", (string? culture, string? redirectUri, HttpContext http) =>
        {
            var chosen = Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Default;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Secure = http.Request.IsHttps, Expires = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
            // Only local redirects: an open redirect here would be a phishing helper.
            return Results.LocalRedirect(LocalUrl.OrHome(redirectUri));
        });
        return app;
    }
}
