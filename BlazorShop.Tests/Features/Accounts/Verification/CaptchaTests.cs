using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using BlazorShop.Features.Accounts.Verification;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Tests.Features.Accounts.Verification;

/// <summary>The image captcha: a real PNG drawn by the app, usable once, for 5 minutes, on the shared database.</summary>
public class CaptchaTests(SignInApp app) : IClassFixture<SignInApp>
{
    private CaptchaStore Store(ManualClock? clock = null) => new(app.Service<IDbContextFactory<ShopDbContext>>(), clock ?? app.Clock);

    [Fact]
    public async Task The_image_is_a_valid_png_of_the_captcha()
    {
        var id = await Store().CreateAsync();
        var png = await Store().ImageAsync(id);
        Assert.NotNull(png);
        var (width, height, pixels) = DecodePng(png);
        Assert.Equal((CaptchaImage.Width, CaptchaImage.Height), (width, height));
        // Noise, lines and four dark characters: many colours, and plenty of dark pixels (the glyphs).
        var colours = Enumerable.Range(0, width * height).Select(i => (pixels[i * 3], pixels[i * 3 + 1], pixels[i * 3 + 2])).ToList();
        Assert.True(colours.Distinct().Count() > 20);
        Assert.True(colours.Count(c => c.Item1 < 110 && c.Item2 < 110 && c.Item3 < 110) > 4 * 60, "the characters are drawn");
    }

    [Fact]
    public void Each_glyph_of_the_alphabet_is_drawn_and_no_two_look_alike()
    {
        Assert.Equal(CaptchaFont.Alphabet.Length, CaptchaFont.Glyphs.Count);
        Assert.DoesNotContain('0', CaptchaFont.Alphabet);
        Assert.DoesNotContain('O', CaptchaFont.Alphabet);
        Assert.DoesNotContain('1', CaptchaFont.Alphabet);
        Assert.DoesNotContain('I', CaptchaFont.Alphabet);
        var shapes = CaptchaFont.Glyphs.Values.Select(g => string.Join(",", g)).ToList();
        Assert.Equal(shapes.Count, shapes.Distinct().Count());
    }

    [Fact]
    public void Png_encoder_writes_the_crc_of_the_png_specification()
    {
        // CRC-32 of "IEND" is the constant every PNG ends with.
        Assert.Equal(0xAE426082u, PngEncoder.Crc32("IEND"u8));
        var png = PngEncoder.EncodeRgb(2, 1, [255, 0, 0, 0, 0, 255]);
        var (_, _, pixels) = DecodePng(png);
        Assert.Equal(new byte[] { 255, 0, 0, 0, 0, 255 }, pixels);
    }

    [Fact]
    public async Task The_right_answer_passes_once_only()
    {
        var store = Store();
        var id = await store.CreateAsync();
        var answer = await app.CaptchaAnswerAsync(id);
        Assert.True(await store.CheckAsync(id, answer));
        Assert.False(await store.CheckAsync(id, answer));
        Assert.Null(await store.ImageAsync(id));
    }

    [Fact]
    public async Task A_wrong_answer_uses_the_captcha_up_too()
    {
        var store = Store();
        var id = await store.CreateAsync();
        var answer = await app.CaptchaAnswerAsync(id);
        Assert.False(await store.CheckAsync(id, answer == "AAAA" ? "BBBB" : "AAAA"));
        Assert.False(await store.CheckAsync(id, answer));
    }

    [Fact]
    public async Task Case_and_spaces_around_the_answer_do_not_matter()
    {
        var store = Store();
        var id = await store.CreateAsync();
        Assert.True(await store.CheckAsync(id, "  " + (await app.CaptchaAnswerAsync(id)).ToLowerInvariant() + " "));
    }

    [Fact]
    public async Task A_captcha_expires_after_five_minutes()
    {
        var clock = new ManualClock();
        var store = Store(clock);
        var fresh = await store.CreateAsync();
        var old = await store.CreateAsync();
        clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(50));
        Assert.True(await store.CheckAsync(fresh, await app.CaptchaAnswerAsync(fresh)));
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Null(await store.ImageAsync(old));
        Assert.False(await store.CheckAsync(old, await app.CaptchaAnswerAsync(old)));
    }

    [Fact]
    public async Task Parallel_checks_of_the_right_answer_pass_exactly_once()
    {
        var store = Store();
        var id = await store.CreateAsync();
        var answer = await app.CaptchaAnswerAsync(id);
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => store.CheckAsync(id, answer))));
        Assert.Single(results, r => r);
    }

    [Theory]
    [InlineData(null, "ABCD")]
    [InlineData("", "ABCD")]
    [InlineData("not-an-id", "ABCD")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", "ABCD")] // upper-case hex is not an id we make
    [InlineData("0123456789abcdef0123456789abcdef", "")]
    [InlineData("0123456789abcdef0123456789abcdef", null)]
    [InlineData("0123456789abcdef0123456789abcdef", "ABCDE")]
    [InlineData("0123456789abcdef0123456789abcdef", "' OR 1=1--")]
    public async Task Malformed_ids_and_answers_never_pass(string? id, string? answer) =>
        Assert.False(await Store().CheckAsync(id, answer));

    [Fact]
    public async Task Http_serves_the_png_uncached_and_404s_unknown_ids()
    {
        var client = app.Client();
        var id = await Store().CreateAsync();
        var response = await client.GetAsync($"/captcha/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        DecodePng(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/captcha/0123456789abcdef0123456789abcdef")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/captcha/..%2F..%2Fetc")).StatusCode);

        var next = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/captcha/new")).RootElement.GetProperty("id").GetString();
        Assert.True(CaptchaStore.IsWellFormed(next));
        Assert.NotEqual(id, next);
    }

    /// <summary>A strict reader for what <see cref="PngEncoder"/> writes: signature, chunk CRCs, IHDR, zlib IDAT, filter 0.</summary>
    internal static (int Width, int Height, byte[] Rgb) DecodePng(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0, offset = 8;
        using var idat = new MemoryStream();
        var sawEnd = false;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(crc, PngEncoder.Crc32(png.AsSpan(offset + 4, 4 + length)));
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(new byte[] { 8, 2, 0, 0, 0 }, data[8..13].ToArray());
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") sawEnd = true;
            offset += 12 + length;
        }
        Assert.True(sawEnd);
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        Assert.Equal(height * (1 + width * 3), bytes.Length);
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, bytes[y * (1 + width * 3)]);
            Array.Copy(bytes, y * (1 + width * 3) + 1, rgb, y * width * 3, width * 3);
        }
        return (width, height, rgb);
    }
}
