namespace BlazorShop.Features.Orders.Invoices;

/// <summary>
/// PDFsharp's font resolver must hand over one TrueType face: this copies face <c>index</c> of a <c>.ttc</c> collection
/// into a standalone font file (a plain .ttf/.otf is returned as it is). PACKAGES.md §5.
/// </summary>
public static class TrueTypeCollection
{
    public static byte[] Extract(byte[] data, int index)
    {
        if (data.Length < 12 || data[0] != (byte)'t' || data[1] != (byte)'t' || data[2] != (byte)'c' || data[3] != (byte)'f') return data;
        var faces = (int)U32(data, 8);
        if (index < 0 || index >= faces) throw new InvalidDataException($"The font collection has {faces} faces, not {index + 1}.");
        var fontOffset = (int)U32(data, 12 + 4 * index);
        int tableCount = U16(data, fontOffset + 4);
        var headerLength = 12 + 16 * tableCount;
        var tables = new List<(int Offset, int Length)>(tableCount);
        var total = headerLength;
        for (var t = 0; t < tableCount; t++)
        {
            var record = fontOffset + 12 + 16 * t;
            var length = (int)U32(data, record + 12);
            tables.Add(((int)U32(data, record + 8), length));
            total += (length + 3) & ~3;
        }
        var font = new byte[total];
        Array.Copy(data, fontOffset, font, 0, headerLength);
        var position = headerLength;
        for (var t = 0; t < tableCount; t++)
        {
            var (offset, length) = tables[t];
            Array.Copy(data, offset, font, position, length);
            W32(font, 12 + 16 * t + 8, (uint)position);
            position += (length + 3) & ~3;
        }
        return font;
    }

    private static uint U32(byte[] d, int o) => (uint)(d[o] << 24 | d[o + 1] << 16 | d[o + 2] << 8 | d[o + 3]);

    private static ushort U16(byte[] d, int o) => (ushort)(d[o] << 8 | d[o + 1]);

    private static void W32(byte[] d, int o, uint v)
    {
        d[o] = (byte)(v >> 24);
        d[o + 1] = (byte)(v >> 16);
        d[o + 2] = (byte)(v >> 8);
        d[o + 3] = (byte)v;
    }
}
