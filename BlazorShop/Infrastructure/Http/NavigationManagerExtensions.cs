using Microsoft.AspNetCore.Components;

namespace BlazorShop.Infrastructure.Http;

/// <summary>
/// Links to the current page with other query values, as root-relative URLs ("/list/3?page=2"): never the
/// absolute form, which would carry whatever Host header the request came with into the HTML.
/// </summary>
public static class NavigationManagerExtensions
{
    public static string RelativeUriWithQueryParameter(this NavigationManager nav, string name, int value) =>
        Relative(nav, nav.GetUriWithQueryParameter(name, value));

    public static string RelativeUriWithQueryParameters(this NavigationManager nav, IReadOnlyDictionary<string, object?> parameters) =>
        Relative(nav, nav.GetUriWithQueryParameters(parameters));

    /// <summary>Another URI of this app (e.g. the page's canonical search URI) with other query values, root-relative.</summary>
    public static string RelativeUriWithQueryParameters(this NavigationManager nav, string uri, IReadOnlyDictionary<string, object?> parameters) =>
        Relative(nav, nav.GetUriWithQueryParameters(uri, parameters));

    /// <summary>The current page as a root-relative URL.</summary>
    public static string RelativeUri(this NavigationManager nav) => Relative(nav, nav.Uri);

    private static string Relative(NavigationManager nav, string absolute) => "/" + nav.ToBaseRelativePath(absolute);
}
