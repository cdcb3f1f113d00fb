using System.Security.Cryptography;
using BlazorShop.Features.Accounts.Avatar;
using BlazorShop.Infrastructure.Blobs;

namespace BlazorShop.Features.Admin;

/// <summary>
/// Images uploaded in the back office (SKU images, carousel and ads): at most <see cref="MaxBytes"/>, recognised by their
/// content (<see cref="ImageSniffer"/>), stored in the blob store under a random key; never trusted by name or type.
/// </summary>
public sealed class AdminImages(IBlobStore blobs, ILogger<AdminImages> logger)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The new blob key, or null when the upload is empty, too large or not a PNG/JPEG/GIF/WebP image.</summary>
    public async Task<string?> StoreAsync(Stream content, string prefix, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0 || ImageSniffer.Detect(bytes) is not { } image) return null;
        var key = BlobKeys.Validate($"{prefix}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.{image.Extension}");
        await blobs.PutAsync(key, new MemoryStream(bytes, writable: false), image.ContentType, ct);
        return key;
    }

    public async Task DeleteQuietlyAsync(string? key)
    {
        if (string.IsNullOrEmpty(key)) return;
        try { await blobs.DeleteAsync(key); }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException) { logger.LogWarning(e, "Could not delete blob {Key}", key); }
    }
}
