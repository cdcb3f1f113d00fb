using System.Net;

namespace BlazorShop.Infrastructure.Http;

/// <summary>
/// ReverseProxy: which proxies may tell the app the client's address and scheme (X-Forwarded-For / -Proto).
/// Empty lists mean loopback only (nginx on the same host); configured entries replace loopback. Behind nginx in
/// docker-compose the proxy's network is listed in KnownNetworks. Headers from any other peer are ignored.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Single proxy addresses, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. "172.30.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in front of the app (entries of X-Forwarded-For to consume).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsValid() =>
        ForwardLimit is >= 1 and <= 10
        && KnownProxies.All(p => IPAddress.TryParse(p, out _))
        && KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}
