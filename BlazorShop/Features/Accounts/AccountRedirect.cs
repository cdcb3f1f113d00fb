using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Features.Accounts;

/// <summary>
/// Redirects from the account pages: always a root-relative Location ("/login?…"), never the absolute form
/// NavigationManager builds from the request's Host header (the sign-in cookie's challenges are made relative in
/// ApplicationServices).
/// </summary>
public static class AccountRedirect
{
    /// <summary>From a static-rendered page (the page's markup still renders; browsers follow the Location).</summary>
    public static void To(HttpContext http, string url) => http.Response.Redirect(LocalUrl.OrHome(url));
}
