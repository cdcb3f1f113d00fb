namespace BlazorShop.Infrastructure.Blobs;

/// <summary>Stored object and what is needed to serve it.</summary>
public sealed record BlobContent(Stream Content, string ContentType, long Length, string? ETag) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Object storage for product images and avatars: a local folder by default, S3-compatible (MinIO) in production.
/// Keys are relative paths like "catalog/skus/x.svg" or "avatars/42/ab12.png".
/// </summary>
public interface IBlobStore
{
    Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default);
    /// <summary>Null when the key does not exist.</summary>
    Task<BlobContent?> GetAsync(string key, CancellationToken ct = default);
    Task<bool> ExistsAsync(string key, CancellationToken ct = default);
    Task DeleteAsync(string key, CancellationToken ct = default);
    /// <summary>A URL a browser can fetch the object from for a limited time (S3 presigned; local: the app's media endpoint).</summary>
    Task<string> GetDownloadUrlAsync(string key, TimeSpan lifetime, CancellationToken ct = default);
    /// <summary>Checks the store is reachable (health probe).</summary>
    Task CheckAsync(CancellationToken ct = default);
}

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
