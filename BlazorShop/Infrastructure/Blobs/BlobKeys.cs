namespace BlazorShop.Infrastructure.Blobs;

public static class BlobKeys
{
    /// <summary>Rejects keys that could escape the store (.., absolute paths, odd characters).</summary>
    public static string Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200 || key.StartsWith('/') || key.Contains('\\')
            || key.Split('/').Any(s => s is "" or "." or ".."))
            throw new ArgumentException($"Invalid blob key '{key}'.", nameof(key));
        foreach (var c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
                throw new ArgumentException($"Invalid character in blob key '{key}'.", nameof(key));
        return key;
    }

    public static string ContentTypeFor(string key) => Path.GetExtension(key).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
