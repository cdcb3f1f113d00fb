using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
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
                // Configured proxies are added to the loopback default (health probes and a local nginx stay trusted).
                foreach (var p in proxy.Value.KnownProxies) f.KnownProxies.Add(System.Net.IPAddress.Parse(p));
                foreach (var n in proxy.Value.KnownNetworks) f.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
            }
        });
        services.Configure<HostFilteringOptions>(o => o.AllowEmptyHosts = false);
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
        app.UseWhen(c => HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method),
            b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseWhen(c => !(HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method)),
            b => b.UseStatusCodePages());
        return app;
    }
}
