using System.Security.Cryptography;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace BlazorShop.Features.Accounts.Avatar;

/// <summary>
/// A shopper's avatar: checked by content (<see cref="ImageSniffer"/>), stored in the blob store under a random key
/// "avatars/{userId}/{random}.{ext}", the previous one deleted. The key carries its owner's id, so the serving
/// endpoint can refuse anyone else's key without a lookup.
/// </summary>
public sealed class AvatarService(IDbContextFactory<ShopDbContext> contexts, IBlobStore blobs, IMemoryCache cache, ILogger<AvatarService> logger)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const string KeyPrefix = "avatars/";
    private static readonly TimeSpan KeyCacheLifetime = TimeSpan.FromMinutes(1);

    public static string OwnerPrefix(long userId) => $"{KeyPrefix}{userId}/";

    /// <summary>The URL the owner's browser loads the avatar from (null when there is none).</summary>
    public static string? UrlFor(string? key) => string.IsNullOrEmpty(key) ? null : "/" + key;

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes; stores the image when it is one.</summary>
    public async Task<AvatarUploadOutcome> UploadAsync(long userId, Stream? content, CancellationToken ct = default)
    {
        if (content is null) return AvatarUploadOutcome.NoFile;
        var bytes = await ReadBoundedAsync(content, MaxBytes + 1, ct);
        if (bytes.Length == 0) return AvatarUploadOutcome.Empty;
        if (bytes.Length > MaxBytes) return AvatarUploadOutcome.TooLarge;
        if (ImageSniffer.Detect(bytes) is not { } image) return AvatarUploadOutcome.NotImage;

        var key = $"{OwnerPrefix(userId)}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.{image.Extension}";
        await blobs.PutAsync(key, new MemoryStream(bytes, writable: false), image.ContentType, ct);

        await using var db = await contexts.CreateDbContextAsync(ct);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var previous = await db.Users.Where(u => u.Id == userId).Select(u => u.AvatarKey).SingleAsync(ct);
            // Only if nobody changed it meanwhile: then "previous" is really the one this upload replaces.
            var changed = await db.Users.Where(u => u.Id == userId && u.AvatarKey == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AvatarKey, key), ct);
            if (changed == 0) continue;
            cache.Remove(CacheKey(userId));
            if (previous is not null) await DeleteQuietlyAsync(previous);
            return AvatarUploadOutcome.Saved;
        }
        await DeleteQuietlyAsync(key);
        throw new InvalidOperationException($"The avatar of user {userId} kept changing while it was replaced.");
    }

    /// <summary>The user's avatar key (cached briefly: the header shows it on every page).</summary>
    public async Task<string?> GetKeyAsync(long userId, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync(CacheKey(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeyCacheLifetime;
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.AvatarKey).SingleOrDefaultAsync(ct);
        });

    /// <summary>The stored image, for its owner only: a key outside "avatars/{userId}/" is null (404), as is a missing one.</summary>
    public async Task<BlobContent?> OpenAsync(long userId, string key, CancellationToken ct = default)
    {
        if (!key.StartsWith(OwnerPrefix(userId), StringComparison.Ordinal)) return null;
        var name = key[OwnerPrefix(userId).Length..];
        if (name.Length == 0 || name.Contains('/')) return null;
        try { BlobKeys.Validate(key); } catch (ArgumentException) { return null; }
        return await blobs.GetAsync(key, ct);
    }

    private async Task DeleteQuietlyAsync(string key)
    {
        try { await blobs.DeleteAsync(key); }
        catch (Exception e) when (e is IOException or ArgumentException or Amazon.S3.AmazonS3Exception or HttpRequestException)
        {
            logger.LogWarning(e, "Could not delete the replaced avatar {Key}", key);
        }
    }

    private static string CacheKey(long userId) => $"avatar-key:{userId}";

    private static async Task<byte[]> ReadBoundedAsync(Stream content, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
