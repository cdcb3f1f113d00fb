using System.Text;
using BlazorShop.Features.Accounts.Avatar;

namespace BlazorShop.Tests.Features.Accounts.Avatar;

/// <summary>Avatars are recognised by content: magic bytes AND a header that decodes to a sane image.</summary>
public class ImageSnifferTests
{
    public static TheoryData<string, byte[], ImageFormat, int, int> Images => new()
    {
        { "png", ImageSamples.Png, ImageFormat.Png, 1, 1 },
        { "jpeg", ImageSamples.Jpeg, ImageFormat.Jpeg, 1, 1 },
        { "gif", ImageSamples.Gif, ImageFormat.Gif, 1, 1 },
        { "webp lossy", ImageSamples.WebPLossy, ImageFormat.WebP, 1, 1 },
        { "webp lossless", ImageSamples.WebPLossless, ImageFormat.WebP, 1, 1 },
        { "webp extended", ImageSamples.WebPExtended(), ImageFormat.WebP, 300, 200 },
    };

    [Theory, MemberData(nameof(Images))]
    public void Real_images_are_recognised_with_their_size(string name, byte[] data, ImageFormat format, int width, int height)
    {
        var info = ImageSniffer.Detect(data);
        Assert.True(info is not null, name);
        Assert.Equal((format, width, height), (info.Format, info.Width, info.Height));
    }

    public static TheoryData<string, byte[]> NotImages
    {
        get
        {
            var zeroWidthPng = (byte[])ImageSamples.Png.Clone();
            zeroWidthPng[16] = zeroWidthPng[17] = zeroWidthPng[18] = zeroWidthPng[19] = 0;
            var hugePng = (byte[])ImageSamples.Png.Clone();
            hugePng[16] = 0x7F; // 2 billion pixels wide
            var badColourType = (byte[])ImageSamples.Png.Clone();
            badColourType[25] = 5;
            var jpegWithoutFrame = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9 };
            var zeroGif = (byte[])ImageSamples.Gif.Clone();
            zeroGif[6] = zeroGif[7] = 0;
            var riffWithoutVp8 = (byte[])ImageSamples.WebPLossy.Clone();
            riffWithoutVp8[12] = (byte)'X';
            var lyingRiffSize = (byte[])ImageSamples.WebPLossy.Clone();
            lyingRiffSize[4] = 0xFF; lyingRiffSize[5] = 0xFF;
            return new TheoryData<string, byte[]>
            {
                { "empty", [] },
                { "text renamed .png", ImageSamples.TextRenamedPng },
                { "svg", ImageSamples.Svg },
                { "html", Encoding.UTF8.GetBytes("<!doctype html><html><script>alert(1)</script></html>") },
                { "png magic only", ImageSamples.Png[..8] },
                { "png truncated in IHDR", ImageSamples.Png[..20] },
                { "png zero width", zeroWidthPng },
                { "png absurd width", hugePng },
                { "png bad colour type", badColourType },
                { "jpeg magic only", [0xFF, 0xD8, 0xFF] },
                { "jpeg without a frame header", jpegWithoutFrame },
                { "gif magic only", Encoding.ASCII.GetBytes("GIF89a") },
                { "gif zero width", zeroGif },
                { "riff without a vp8 chunk", riffWithoutVp8 },
                { "webp with a lying size", lyingRiffSize },
                { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n") },
            };
        }
    }

    [Theory, MemberData(nameof(NotImages))]
    public void Everything_else_is_refused(string name, byte[] data) => Assert.True(ImageSniffer.Detect(data) is null, name);
}
