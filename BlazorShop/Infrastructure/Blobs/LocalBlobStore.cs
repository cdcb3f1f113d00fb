using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Infrastructure.Blobs;

/// <summary>The embedded default: objects are files under a folder; the app serves them at /media/{key}.</summary>
public sealed class LocalBlobStore(string root) : IBlobStore
{
    private readonly string _root = Path.GetFullPath(root);

    private string PathOf(string key) => Path.Combine(_root, BlobKeys.Validate(key).Replace('/', Path.DirectorySeparatorChar));

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        var path = PathOf(key);
        CreatePrivateDirectories(Path.GetDirectoryName(path)!);
        // Write to a temp file then move, so a reader never sees half an object.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        // 0600 from the start (the data directory is the app's alone: see PrivateFiles).
        await using (var file = PrivateFiles.Create(temp)) await content.CopyToAsync(file, ct);
        File.Move(temp, path, overwrite: true);
    }

    public Task<BlobContent?> GetAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return Task.FromResult<BlobContent?>(null);
        var info = new FileInfo(path);
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        var etag = $"\"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\"";
        return Task.FromResult<BlobContent?>(new BlobContent(stream, BlobKeys.ContentTypeFor(key), info.Length, etag));
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<string> GetDownloadUrlAsync(string key, TimeSpan lifetime, CancellationToken ct = default) =>
        Task.FromResult(MediaUrls.For(BlobKeys.Validate(key)));

    /// <summary>Every missing folder between the root and <paramref name="directory"/>, 0700.</summary>
    private void CreatePrivateDirectories(string directory)
    {
        if (Directory.Exists(directory)) return;
        if (!string.Equals(directory, _root, StringComparison.Ordinal) && Path.GetDirectoryName(directory) is { } parent)
            CreatePrivateDirectories(parent);
        PrivateFiles.CreateDirectory(directory);
    }

    public Task CheckAsync(CancellationToken ct = default)
    {
        CreatePrivateDirectories(_root);
        return Task.CompletedTask;
    }
}
