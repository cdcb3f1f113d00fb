using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Http;

/// <summary>
/// What every request goes through before the app sees it: host filtering (AllowedHosts from configuration; a
/// request without a Host header is a 400), forwarded headers from configured proxies only, HEAD answered as GET
/// without a body, and the security response headers. Registered as a startup filter, so it runs ahead of
/// routing and of everything in Program.cs.
/// </summary>
public static class HttpHardening
{
    public static IServiceCollection AddShopHttpHardening(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ReverseProxyOptions>().Bind(config.GetSection(ReverseProxyOptions.Section))
            .Validate(o => o.IsValid(), "ReverseProxy: KnownProxies must be IP addresses, KnownNetworks CIDR networks (a.b.c.d/n), ForwardLimit 1-10")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((f, proxy) =>
        {
            // Client address and scheme only: the Host header is the one the proxy passes on (and AllowedHosts checks).
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            f.ForwardLimit = proxy.Value.ForwardLimit;
            if (proxy.Value.KnownProxies.Count > 0 || proxy.Value.KnownNetworks.Count > 0)
            {
                // Configured proxies replace the loopback default: only they are believed.
                f.KnownProxies.Clear();
                f.KnownIPNetworks.Clear();
                foreach (var p in proxy.Value.KnownProxies) f.KnownProxies.Add(System.Net.IPAddress.Parse(p));
                foreach (var n in proxy.Value.KnownNetworks) f.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
            }
        });
        services.Configure<HostFilteringOptions>(o => o.AllowEmptyHosts = false);
        // Secure whenever the (original, see forwarded headers) request is HTTPS; the auth cookie already is.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // A form or query value an endpoint cannot bind is a 400, in every environment (Development would
        // otherwise throw it into the developer exception page and log an error).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = false; });
        services.AddSingleton<SecurityHeaders>();
        services.AddTransient<IStartupFilter, HttpHardeningStartupFilter>();
        return services;
    }

    /// <summary>
    /// The status-code page (/not-found) for GET and HEAD only: re-executing a POST would run antiforgery and the
    /// form handler a second time (a logout POST without a token used to end in a 500). Other methods get the
    /// status code with a one-line plain-text body.
    /// </summary>
    public static IApplicationBuilder UseShopStatusCodePages(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            await next(context);
            var status = context.Response.StatusCode;
            if (status >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null or 0)
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync($"{status} {ReasonPhrases.GetReasonPhrase(status)}");
            }
        });
        return app;
    }
}
