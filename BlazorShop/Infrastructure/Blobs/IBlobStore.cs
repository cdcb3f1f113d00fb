namespace BlazorShop.Infrastructure.Blobs;

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
