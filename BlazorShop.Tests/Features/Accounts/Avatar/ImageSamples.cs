using System.Text;

namespace BlazorShop.Tests.Features.Accounts.Avatar;

/// <summary>Small real images (1×1) of each accepted format, and files that only pretend to be images.</summary>
public static class ImageSamples
{
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
    public static readonly byte[] WebPLossy = Convert.FromBase64String("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    public static readonly byte[] WebPLossless = Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>An extended WebP (VP8X canvas 300×200) wrapping the lossless 1×1 image.</summary>
    public static byte[] WebPExtended()
    {
        var inner = WebPLossless[12..]; // the VP8L chunk
        var vp8x = new byte[] { (byte)'V', (byte)'P', (byte)'8', (byte)'X', 10, 0, 0, 0, 0, 0, 0, 0, 299 & 0xFF, 299 >> 8, 0, 199, 0, 0 };
        var body = new List<byte>();
        body.AddRange("WEBP"u8.ToArray());
        body.AddRange(vp8x);
        body.AddRange(inner);
        return [.. "RIFF"u8.ToArray(), .. BitConverter.GetBytes(body.Count), .. body];
    }

    public static readonly byte[] TextRenamedPng = Encoding.UTF8.GetBytes("这不是图片 — just some notes saved as avatar.png\n");
    public static readonly byte[] Svg = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>");

    /// <summary>A PNG header followed by padding: over the 2 MB limit.</summary>
    public static byte[] OversizedPng() => [.. Png, .. new byte[2 * 1024 * 1024]];
}
