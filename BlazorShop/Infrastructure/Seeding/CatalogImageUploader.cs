using BlazorShop.Infrastructure.Blobs;

namespace BlazorShop.Infrastructure.Seeding;

/// <summary>Copies catalog images into the blob store under "catalog/…", once.</summary>
sealed class CatalogImageUploader(IBlobStore blobs, string catalogDir)
{
    private readonly Dictionary<string, string> _done = [];
    public int Uploaded { get; private set; }

    public async Task<string?> KeyForAsync(string? relativePath, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(relativePath)) return null;
        if (_done.TryGetValue(relativePath, out var key)) return key;
        key = "catalog/" + relativePath.TrimStart('/');
        var path = Path.Combine(catalogDir, relativePath);
        if (File.Exists(path) && !await blobs.ExistsAsync(key, ct))
        {
            await using var stream = File.OpenRead(path);
            await blobs.PutAsync(key, stream, BlobKeys.ContentTypeFor(key), ct);
            Uploaded++;
        }
        _done[relativePath] = key;
        return key;
    }
}
