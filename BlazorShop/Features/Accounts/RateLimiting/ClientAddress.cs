namespace BlazorShop.Features.Accounts.RateLimiting;

/// <summary>The client's address as limits count it: the connection's (already the forwarded one behind a known proxy, see HttpHardening).</summary>
public static class ClientAddress
{
    public static string Of(HttpContext http)
    {
        var ip = http.Connection.RemoteIpAddress;
        if (ip is null) return "unknown";
        return (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
    }
}
