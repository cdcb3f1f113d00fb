using System.Buffers.Binary;

namespace BlazorShop.Features.Accounts.Avatar;

/// <summary>
/// Recognises PNG, JPEG, GIF and WebP by their content: the magic bytes AND a header that decodes to a sane size
/// (PNG IHDR, a JPEG SOF segment before the scan, the GIF logical screen, the WebP VP8/VP8L/VP8X chunk). Anything
/// else — text, SVG, HTML, a truncated or forged header — is null.
/// </summary>
public static class ImageSniffer
{
    /// <summary>Largest side accepted (a header claiming more is forged or not an avatar).</summary>
    public const int MaxSide = 16384;

    public static ImageInfo? Detect(ReadOnlySpan<byte> data) =>
        Png(data) ?? Jpeg(data) ?? Gif(data) ?? WebP(data);

    private static ImageInfo? Sane(ImageFormat format, long width, long height) =>
        width is >= 1 and <= MaxSide && height is >= 1 and <= MaxSide ? new ImageInfo(format, (int)width, (int)height) : null;

    private static ImageInfo? Png(ReadOnlySpan<byte> d)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        // signature, IHDR length (13), "IHDR", width, height, bit depth, colour type, compression, filter, interlace, CRC
        if (d.Length < 33 || !d.StartsWith(signature)) return null;
        if (BinaryPrimitives.ReadUInt32BigEndian(d[8..]) != 13 || !d.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        var (bitDepth, colourType) = (d[24], d[25]);
        var depthOk = colourType switch
        {
            0 => bitDepth is 1 or 2 or 4 or 8 or 16,
            3 => bitDepth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => bitDepth is 8 or 16,
            _ => false,
        };
        if (!depthOk || d[26] != 0 || d[27] != 0 || d[28] > 1) return null;
        return Sane(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(d[16..]), BinaryPrimitives.ReadUInt32BigEndian(d[20..]));
    }

    private static ImageInfo? Jpeg(ReadOnlySpan<byte> d)
    {
        if (d.Length < 4 || d[0] != 0xFF || d[1] != 0xD8 || d[2] != 0xFF) return null;
        var i = 2;
        while (i + 4 <= d.Length)
        {
            if (d[i] != 0xFF) return null;            // every segment starts with a marker
            var marker = d[i + 1];
            if (marker == 0xFF) { i++; continue; }    // fill byte
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; } // markers without a length
            if (marker is 0xD8 or 0xD9 or 0xDA) return null; // a second start, the end or the scan before any frame header
            var length = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 2)..]);
            if (length < 2 || i + 2 + length > d.Length) return null;
            var isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                // precision, height, width, components
                if (length < 8) return null;
                var precision = d[i + 4];
                var components = d[i + 9];
                if (precision is not (8 or 12 or 16) || components is not (1 or 3 or 4) || length < 8 + 3 * components) return null;
                return Sane(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(d[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(d[(i + 5)..]));
            }
            i += 2 + length;
        }
        return null;
    }

    private static ImageInfo? Gif(ReadOnlySpan<byte> d)
    {
        // "GIF87a"/"GIF89a", logical screen width and height (little-endian), packed fields, background, aspect; then data.
        if (d.Length < 14 || !(d.StartsWith("GIF87a"u8) || d.StartsWith("GIF89a"u8))) return null;
        return Sane(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(d[6..]), BinaryPrimitives.ReadUInt16LittleEndian(d[8..]));
    }

    private static ImageInfo? WebP(ReadOnlySpan<byte> d)
    {
        if (d.Length < 30 || !d.StartsWith("RIFF"u8) || !d.Slice(8, 4).SequenceEqual("WEBP"u8)) return null;
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(d[4..]);
        if (riffSize < 22 || riffSize > d.Length - 8) return null; // the RIFF size must fit the file
        var chunk = d.Slice(12, 4);
        var chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(d[16..]);
        if (chunkSize > riffSize - 12) return null;
        var body = d[20..];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // frame tag (3 bytes, key frame bit 0 clear), start code 9D 01 2A, 14-bit width and height
            if (chunkSize < 10 || (body[0] & 1) != 0 || body[3] != 0x9D || body[4] != 0x01 || body[5] != 0x2A) return null;
            return Sane(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(body[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(body[8..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            // signature 0x2F, then 14 bits width-1, 14 bits height-1, 1 bit alpha, 3 bits version (0)
            if (chunkSize < 5 || body[0] != 0x2F) return null;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(body[1..]);
            if (bits >> 29 != 0) return null;
            return Sane(ImageFormat.WebP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
        {
            // flags, 3 reserved bytes, 24-bit canvas width-1 and height-1
            if (chunkSize < 10) return null;
            var width = body[4] | body[5] << 8 | body[6] << 16;
            var height = body[7] | body[8] << 8 | body[9] << 16;
            return Sane(ImageFormat.WebP, width + 1L, height + 1L);
        }
        return null;
    }
}
