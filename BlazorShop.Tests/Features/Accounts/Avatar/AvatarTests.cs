using System.Net;
using System.Net.Http.Headers;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.Avatar;

/// <summary>
/// The avatar through plain HTTP, on both blob stores: accepted images are stored under a new random key and the
/// previous one deleted; refused files store nothing and say why; the image is served to its owner only.
/// </summary>
[Collection("accounts")]
public class AvatarTests(AccountApps apps)
{
    public static TheoryData<string> Stores => AccountApps.BlobStores;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName, string contentType, string? token = null)
    {
        token ??= await TestShoppers.TokenAsync(client, "/account/avatar");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "avatar", fileName);
        return await client.PostAsync("/account/avatar/upload", form);
    }

    private static async Task<string?> AvatarKeyAsync(ShopAppFactory app, long userId)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.AvatarKey).SingleAsync();
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Each_image_format_is_accepted_stored_served_to_its_owner_and_replaces_the_previous(string store)
    {
        var app = await apps.GetAsync(store);
        var blobs = app.Services.GetRequiredService<RecordingBlobStore>();
        var shopper = await TestShoppers.CreateAsync(app);
        var client = await TestShoppers.ClientAsync(app, shopper);

        string? previous = null;
        foreach (var (bytes, name, type) in new[]
                 {
                     (ImageSamples.Png, "me.png", "image/png"),
                     (ImageSamples.Jpeg, "me.jpg", "image/jpeg"),
                     (ImageSamples.Gif, "me.gif", "image/gif"),
                     (ImageSamples.WebPLossy, "me.webp", "image/webp"),
                     // Named and typed as something else: the content decides.
                     (ImageSamples.WebPExtended(), "photo.txt", "text/plain"),
                 })
        {
            var response = await UploadAsync(client, bytes, name, type);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/avatar?status=saved", response.Headers.Location!.OriginalString);

            var key = await AvatarKeyAsync(app, shopper.Id);
            Assert.NotNull(key);
            Assert.StartsWith($"avatars/{shopper.Id}/", key);
            Assert.NotEqual(previous, key);
            Assert.True(await blobs.Inner.ExistsAsync(key));
            if (previous is not null) Assert.False(await blobs.Inner.ExistsAsync(previous)); // the old one is gone

            var image = await client.GetAsync("/" + key);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(bytes, await image.Content.ReadAsByteArrayAsync());
            Assert.Contains("private", image.Headers.CacheControl!.ToString());
            Assert.True(image.Headers.CacheControl.MaxAge > TimeSpan.FromDays(1));
            Assert.StartsWith("image/", image.Content.Headers.ContentType!.MediaType);
            previous = key;
        }

        // The header and the user centre show it.
        var page = await client.GetStringAsync("/account");
        Assert.Contains($"src=\"/{previous}\"", page);
        Assert.Contains("class=\"avatar avatar-tiny\"", page);
    }

    public static TheoryData<string, string> Refusals
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var store in AccountApps.BlobStores)
                foreach (var refusal in new[] { "text", "svg", "oversized", "empty" })
                    data.Add(store, refusal);
            return data;
        }
    }

    [Theory, MemberData(nameof(Refusals))]
    public async Task Files_that_are_not_acceptable_images_are_refused_with_a_clear_message_and_nothing_stored(string store, string refusal)
    {
        var app = await apps.GetAsync(store);
        var blobs = app.Services.GetRequiredService<RecordingBlobStore>();
        var shopper = await TestShoppers.CreateAsync(app);
        var client = await TestShoppers.ClientAsync(app, shopper);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, ImageSamples.Png, "a.png", "image/png")).StatusCode);
        var before = await AvatarKeyAsync(app, shopper.Id);

        var (bytes, name, type, status, message) = refusal switch
        {
            "text" => (ImageSamples.TextRenamedPng, "avatar.png", "image/png", "notimage", "只支持 JPEG、PNG、GIF 或 WebP 图片"),
            "svg" => (ImageSamples.Svg, "avatar.svg", "image/svg+xml", "notimage", "只支持 JPEG、PNG、GIF 或 WebP 图片"),
            "oversized" => (ImageSamples.OversizedPng(), "big.png", "image/png", "toolarge", "图片不能超过 2 MB"),
            _ => ([], "empty.png", "image/png", "empty", "文件是空的"),
        };
        var response = await UploadAsync(client, bytes, name, type);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/avatar?status=" + status, response.Headers.Location!.OriginalString);
        Assert.Contains(message, await client.GetStringAsync(response.Headers.Location!.OriginalString));

        Assert.Equal(before, await AvatarKeyAsync(app, shopper.Id));
        Assert.DoesNotContain(blobs.Puts, k => k.StartsWith($"avatars/{shopper.Id}/", StringComparison.Ordinal) && k != before);
        Assert.True(await blobs.Inner.ExistsAsync(before!)); // the current avatar is kept
    }

    [Fact]
    public async Task Another_users_avatar_key_and_a_guest_get_404()
    {
        var app = await apps.GetAsync("Sqlite");
        var owner = await TestShoppers.CreateAsync(app);
        var other = await TestShoppers.CreateAsync(app);
        var ownerClient = await TestShoppers.ClientAsync(app, owner);
        await UploadAsync(ownerClient, ImageSamples.Png, "a.png", "image/png");
        var url = "/" + await AvatarKeyAsync(app, owner.Id);

        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync(url)).StatusCode);
        var otherClient = await TestShoppers.ClientAsync(app, other);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync(url)).StatusCode);
        // Even rewritten to the other user's own id, the key is not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync(url.Replace($"/{owner.Id}/", $"/{other.Id}/"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
        // Nor through the public media endpoint.
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync("/media" + url)).StatusCode);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_or_signed_out_is_refused()
    {
        var app = await apps.GetAsync("Sqlite");
        var shopper = await TestShoppers.CreateAsync(app);
        var client = await TestShoppers.ClientAsync(app, shopper);
        var forged = await UploadAsync(client, ImageSamples.Png, "a.png", "image/png", token: "forged");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await AvatarKeyAsync(app, shopper.Id));

        var guest = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await UploadAsync(guest, ImageSamples.Png, "a.png", "image/png", token: "x");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_avatar_page_works_without_a_circuit_as_a_plain_multipart_form()
    {
        var app = await apps.GetAsync("Sqlite");
        var client = await TestShoppers.ClientAsync(app, await TestShoppers.CreateAsync(app));
        var html = await client.GetStringAsync("/account/avatar");
        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Contains("action=\"/account/avatar/upload\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
    }
}
