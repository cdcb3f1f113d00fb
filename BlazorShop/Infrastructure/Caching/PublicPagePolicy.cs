using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace BlazorShop.Infrastructure.Caching;

/// <summary>
/// Caches a page for anonymous GET/HEAD requests, varied by UI culture and the query parameters the page reads.
/// Signed-in visitors always get a fresh render (their pages carry their name and forms with their token); a request
/// with any other query parameter is not cached (it could only pollute the cache). Set-Cookie never enters the cache
/// nor leaves it: Blazor adds an antiforgery cookie to every page, and the first visitor's must not be handed to the
/// next one. The cache also replays <c>blazor-enhanced-nav: allow</c> capitalised (aspnetcore#55534), which our
/// blazor.web.js compares case-sensitively; it is put back in lower case.
/// </summary>
public sealed class PublicPagePolicy(IReadOnlyCollection<string> queryKeys) : IOutputCachePolicy
{
    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";
    private const string EnhancedNavHeader = "blazor-enhanced-nav";
    private readonly HashSet<string> _keys = new(queryKeys, StringComparer.OrdinalIgnoreCase);
    private readonly Microsoft.Extensions.Primitives.StringValues _varyKeys = queryKeys.ToArray();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = PageCache.Options(http);
        var attempt = options.Enabled
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && http.Request.Query.Keys.All(_keys.Contains);

        context.EnableOutputCaching = attempt;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        if (!attempt) return ValueTask.CompletedTask;

        context.ResponseExpirationTimeSpan = options.Duration;
        context.CacheVaryByRules.QueryKeys = _varyKeys;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(PageCache.AllPages);
        // Runs last (OnStarting callbacks run in reverse order), after antiforgery has added its cookie.
        http.Response.OnStarting(() => { DropAntiforgeryCookie(http.Response); return Task.CompletedTask; });
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            response.Headers.Remove(HeaderNames.SetCookie);
            if (response.Headers.ContainsKey(EnhancedNavHeader)) response.Headers[EnhancedNavHeader] = "allow";
            return Task.CompletedTask;
        });
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only complete, successful pages without a cookie of their own (a 404 or a page that signs in is not shared).
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Any(c => c is not null && !c.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal)))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static void DropAntiforgeryCookie(HttpResponse response)
    {
        var cookies = response.Headers.SetCookie;
        if (cookies.Count == 0) return;
        var kept = cookies.Where(c => c is not null && !c.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal)).ToArray();
        if (kept.Length == cookies.Count) return;
        if (kept.Length == 0) response.Headers.Remove(HeaderNames.SetCookie);
        else response.Headers.SetCookie = kept;
    }
}
