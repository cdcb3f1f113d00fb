using System.Text;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Infrastructure;

/// <summary>Both blob stores: what is put comes back byte for byte, a URL serves it, and delete removes it.</summary>
public class BlobStoreTests
{
    [Fact]
    public async Task Local_folder_round_trip_and_delete()
    {
        var root = Path.Combine(Path.GetTempPath(), "bs-blobs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new LocalBlobStore(root);
            await AssertRoundTripAsync(store);
            Assert.Equal("/media/catalog/x.png", await store.GetDownloadUrlAsync("catalog/x.png", TimeSpan.FromMinutes(5)));
        }
        finally { if (Directory.Exists(root)) Directory.Delete(root, true); }
    }

    [Fact]
    public async Task Keys_that_escape_the_store_are_refused()
    {
        var store = new LocalBlobStore(Path.Combine(Path.GetTempPath(), "bs-blobs-" + Guid.NewGuid().ToString("N")));
        foreach (var key in new[] { "../etc/passwd", "/abs", "a/../../b", "a\\b", "", "a//b", "a/b?c" })
            await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, new MemoryStream([1]), "text/plain"));
    }

    [ServiceFact(Service.S3)]
    public async Task S3_round_trip_presigned_url_and_delete()
    {
        using var store = new S3BlobStore(new S3Options
        {
            ServiceUrl = TestServices.Require(TestServices.S3, "BLAZORSHOP_TEST_S3"),
            Bucket = "bs-test-" + Guid.NewGuid().ToString("N")[..8],
            AccessKey = "S3RVER", SecretKey = "S3RVER",
        });
        await store.CheckAsync();
        var key = await AssertRoundTripAsync(store, deleteAtEnd: false);

        // A browser (here: a plain HTTP client) can fetch the object from the presigned URL.
        var url = await store.GetDownloadUrlAsync(key, TimeSpan.FromMinutes(5));
        Assert.Contains("X-Amz-Signature", url);
        using var http = new HttpClient();
        Assert.Equal(Payload, await http.GetByteArrayAsync(url));

        await store.DeleteAsync(key);
        Assert.Null(await store.GetAsync(key));
        Assert.False(await store.ExistsAsync(key));
    }

    // Binary with every byte value, bigger than one buffer: corruption (e.g. aws-chunked framing) would show.
    private static readonly byte[] Payload = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 256)), .. Encoding.UTF8.GetBytes("图片")];

    private static async Task<string> AssertRoundTripAsync(IBlobStore store, bool deleteAtEnd = true)
    {
        var key = $"tests/{Guid.NewGuid():N}/photo.png";
        Assert.False(await store.ExistsAsync(key));
        Assert.Null(await store.GetAsync(key));

        await store.PutAsync(key, new MemoryStream(Payload), "image/png");

        Assert.True(await store.ExistsAsync(key));
        await using (var blob = await store.GetAsync(key))
        {
            Assert.NotNull(blob);
            Assert.Equal("image/png", blob.ContentType);
            using var copy = new MemoryStream();
            await blob.Content.CopyToAsync(copy);
            Assert.Equal(Payload, copy.ToArray());
        }

        // Overwrite replaces the object.
        await store.PutAsync(key, new MemoryStream([1, 2, 3]), "image/png");
        await using (var blob = await store.GetAsync(key))
        {
            using var copy = new MemoryStream();
            await blob!.Content.CopyToAsync(copy);
            Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
        }
        await store.PutAsync(key, new MemoryStream(Payload), "image/png");

        if (deleteAtEnd)
        {
            await store.DeleteAsync(key);
            Assert.False(await store.ExistsAsync(key));
            Assert.Null(await store.GetAsync(key));
        }
        return key;
    }
}
