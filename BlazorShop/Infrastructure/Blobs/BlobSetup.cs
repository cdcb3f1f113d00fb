using BlazorShop.Infrastructure.Configuration;

namespace BlazorShop.Infrastructure.Blobs;

public static class BlobSetup
{
    public static IServiceCollection AddBlobStore(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        var options = services.AddValidatedOptions<BlobOptions>(config, BlobOptions.Section);
        if (options.Provider == BlobProvider.S3)
        {
            services.AddSingleton<IBlobStore>(sp => new S3BlobStore(options.S3, sp.GetService<TimeProvider>()));
        }
        else
        {
            var root = options.LocalPath is { Length: > 0 } p ? p : Path.Combine(dataDirectory, "blobs");
            services.AddSingleton<IBlobStore>(_ => new LocalBlobStore(root));
        }
        return services;
    }

    /// <summary>
    /// /media/{key}: streams stored objects with caching headers, whatever the provider. Avatars are not served
    /// here (they are owner-only); SVGs get a sandboxing CSP so an uploaded file can never run script on our origin.
    /// </summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{**key}", async (string key, IBlobStore store, HttpContext http, CancellationToken ct) =>
        {
            if (key.StartsWith("avatars/", StringComparison.Ordinal)) return Results.NotFound();
            try { BlobKeys.Validate(key); } catch (ArgumentException) { return Results.NotFound(); }
            var blob = await store.GetAsync(key, ct);
            if (blob is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=3600";
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            if (blob.ETag is { } etag && http.Request.Headers.IfNoneMatch == etag)
            {
                await blob.DisposeAsync();
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            if (blob.ETag is not null) http.Response.Headers.ETag = blob.ETag;
            return Results.Stream(blob.Content, blob.ContentType);
        });
        return app;
    }
}
