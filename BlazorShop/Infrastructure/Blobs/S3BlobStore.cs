using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace BlazorShop.Infrastructure.Blobs;

/// <summary>S3-compatible storage (MinIO in production). Settings verified against MinIO/s3rver: PACKAGES.md §4.</summary>
public sealed class S3BlobStore : IBlobStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private int _bucketReady;

    private readonly TimeProvider _clock;

    public S3BlobStore(S3Options options, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        if (string.IsNullOrWhiteSpace(options.ServiceUrl)) throw new InvalidOperationException("Blob:S3:ServiceUrl is not set.");
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 2,
        };
        var credentials = new BasicAWSCredentials(
            options.AccessKey ?? throw new InvalidOperationException("Blob:S3:AccessKey is not set."),
            options.SecretKey ?? throw new InvalidOperationException("Blob:S3:SecretKey is not set."));
        _client = new AmazonS3Client(credentials, config);
        _bucket = options.Bucket;
    }

    private async Task EnsureBucketAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _bucketReady) == 1) return;
        try { await _client.PutBucketAsync(new PutBucketRequest { BucketName = _bucket }, ct); }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists") { }
        Volatile.Write(ref _bucketReady, 1);
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        await EnsureBucketAsync(ct);
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket,
            Key = BlobKeys.Validate(key),
            InputStream = content,
            ContentType = contentType,
            AutoCloseStream = false,
            UseChunkEncoding = false, // aws-chunked frames would be stored verbatim by s3rver
        }, ct);
    }

    public async Task<BlobContent?> GetAsync(string key, CancellationToken ct = default)
    {
        try
        {
            var response = await _client.GetObjectAsync(_bucket, BlobKeys.Validate(key), ct);
            return new BlobContent(response.ResponseStream, response.Headers.ContentType ?? BlobKeys.ContentTypeFor(key),
                response.ContentLength, response.ETag);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return null; }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_bucket, BlobKeys.Validate(key), ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return false; }
    }

    public Task DeleteAsync(string key, CancellationToken ct = default) =>
        _client.DeleteObjectAsync(_bucket, BlobKeys.Validate(key), ct);

    public Task<string> GetDownloadUrlAsync(string key, TimeSpan lifetime, CancellationToken ct = default) =>
        _client.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = _bucket,
            Key = BlobKeys.Validate(key),
            Verb = HttpVerb.GET,
            Expires = _clock.GetUtcNow().UtcDateTime.Add(lifetime),
            Protocol = UrlProtocol(),
        });

    private Protocol UrlProtocol() =>
        _client.Config.ServiceURL?.StartsWith("https", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTPS : Protocol.HTTP;

    public async Task CheckAsync(CancellationToken ct = default)
    {
        await EnsureBucketAsync(ct);
        // A metadata read answers "reachable, authorised, bucket there" cheaply; a 404 for the probe key is fine.
        // (A truncated ListObjectsV2 makes s3rver fail with an internal error once the bucket holds objects.)
        await ExistsAsync("health/probe", ct);
    }

    public void Dispose() => _client.Dispose();
}
