using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Features.Accounts;

/// <summary>Links between the account pages carry the page the shopper came from (only a local one).</summary>
public static class AccountLinks
{
    public static string With(string path, string? returnUrl)
    {
        var local = LocalUrl.OrHome(returnUrl);
        return local == "/" ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "returnUrl=" + Uri.EscapeDataString(local);
    }
}
