namespace BlazorShop.Infrastructure.Blobs;

/// <summary>Stored object and what is needed to serve it.</summary>
public sealed record BlobContent(Stream Content, string ContentType, long Length, string? ETag) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
