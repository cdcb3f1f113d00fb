namespace BlazorShop.Infrastructure.Http;

/// <summary>
/// The one local-URL rule every redirect uses (culture switch, login, logout, return pages): a path on this site,
/// or "/". Non-local: empty or very long values, anything not starting with a single '/', protocol-relative
/// forms ("//host", "/\host"), backslashes anywhere (browsers read them as '/'), control characters (tab, CR, LF
/// are stripped by browsers: "/\t/evil" becomes "//evil") and whitespace at the ends.
/// </summary>
public static class LocalUrl
{
    public const int MaxLength = 2000;

    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength) return false;
        if (url[0] != '/') return false;
        if (url.Length > 1 && url[1] is '/' or '\\') return false;
        foreach (var c in url)
        {
            if (c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)) return false;
            if (c is '\u200B' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF') return false;
        }
        // A scheme can only hide behind a path that starts with '/', e.g. "/http://x" — which is a local path,
        // so it is allowed as such; Uri agrees that it is relative.
        return Uri.TryCreate(url, UriKind.Relative, out _);
    }

    /// <summary>The URL when it is local, otherwise "/".</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
