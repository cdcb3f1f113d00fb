using System.Collections.Concurrent;
using BlazorShop.Infrastructure.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorShop.Tests.TestSupport;

/// <summary>The app's real blob store (folder or S3), noting every key put and deleted, so tests can say "nothing was stored".</summary>
public sealed class RecordingBlobStore(IBlobStore inner) : IBlobStore
{
    public ConcurrentQueue<string> Puts { get; } = new();
    public ConcurrentQueue<string> Deletes { get; } = new();
    public IBlobStore Inner => inner;

    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IBlobStore));
        services.RemoveAll<IBlobStore>();
        services.AddSingleton(sp => new RecordingBlobStore((IBlobStore)original.ImplementationFactory!(sp)));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<RecordingBlobStore>());
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        await inner.PutAsync(key, content, contentType, ct);
        Puts.Enqueue(key);
    }

    public Task<BlobContent?> GetAsync(string key, CancellationToken ct = default) => inner.GetAsync(key, ct);
    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => inner.ExistsAsync(key, ct);

    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        await inner.DeleteAsync(key, ct);
        Deletes.Enqueue(key);
    }

    public Task<string> GetDownloadUrlAsync(string key, TimeSpan lifetime, CancellationToken ct = default) => inner.GetDownloadUrlAsync(key, lifetime, ct);
    public Task CheckAsync(CancellationToken ct = default) => inner.CheckAsync(ct);
}
