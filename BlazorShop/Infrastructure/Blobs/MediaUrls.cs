namespace BlazorShop.Infrastructure.Blobs;

public static class MediaUrls
{
    /// <summary>The app's own URL for a stored object (works for every blob provider).</summary>
    public static string For(string? key) => string.IsNullOrEmpty(key) ? "/img/placeholder.svg" : "/media/" + key;
}
