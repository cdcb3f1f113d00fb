using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Features.Accounts;

/// <summary>
/// Redirects from the account pages and the sign-in cookie: always a root-relative Location ("/login?…"), never the
/// absolute form NavigationManager and the cookie handler build from the request's Host header.
/// </summary>
public static class AccountRedirect
{
    /// <summary>From a static-rendered page (the page's markup still renders; browsers follow the Location).</summary>
    public static void To(HttpContext http, string url) => http.Response.Redirect(LocalUrl.OrHome(url));

    /// <summary>The cookie handler's redirect to /login (or access denied), made root-relative.</summary>
    public static Task RelativeAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(LocalUrl.OrHome(target));
        return Task.CompletedTask;
    }
}
