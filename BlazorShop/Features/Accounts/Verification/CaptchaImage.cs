namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// Draws captcha text into a PNG: a pale background with speckles, each character from <see cref="CaptchaFont"/>
/// scaled up, sheared and shifted by its own random amount in its own dark colour, and crossing lines over it all.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 120;
    public const int Height = 40;
    private const int Scale = 4;

    public static byte[] Png(string text, Random? random = null)
    {
        random ??= Random.Shared;
        var canvas = new Canvas(Width, Height);
        var background = Pale(random);
        canvas.Fill(background);
        for (var i = 0; i < 160; i++) canvas.Set(random.Next(Width), random.Next(Height), Mid(random));

        var slot = (Width - 8) / Math.Max(text.Length, 1);
        for (var i = 0; i < text.Length; i++)
        {
            var x0 = 4 + i * slot + random.Next(0, Math.Max(1, slot - CaptchaFont.Width * Scale));
            var y0 = random.Next(2, Height - CaptchaFont.Height * Scale - 1);
            DrawGlyph(canvas, text[i], x0, y0, shear: (random.NextDouble() - 0.5) * 0.5, Dark(random));
        }
        for (var i = 0; i < 4; i++)
            canvas.Line(random.Next(Width / 3), random.Next(Height), Width - 1 - random.Next(Width / 3), random.Next(Height), Mid(random));
        return PngEncoder.EncodeRgb(Width, Height, canvas.Pixels);
    }

    private static void DrawGlyph(Canvas canvas, char c, int x0, int y0, double shear, (byte, byte, byte) colour)
    {
        var middle = CaptchaFont.Height * Scale / 2.0;
        for (var gy = 0; gy < CaptchaFont.Height; gy++)
            for (var gx = 0; gx < CaptchaFont.Width; gx++)
            {
                if (!CaptchaFont.IsSet(c, gx, gy)) continue;
                for (var dy = 0; dy < Scale; dy++)
                {
                    var y = gy * Scale + dy;
                    var offset = (int)Math.Round(shear * (middle - y));
                    for (var dx = 0; dx < Scale; dx++) canvas.Set(x0 + gx * Scale + dx + offset, y0 + y, colour);
                }
            }
    }

    private static (byte, byte, byte) Pale(Random r) => ((byte)r.Next(225, 256), (byte)r.Next(225, 256), (byte)r.Next(225, 256));
    private static (byte, byte, byte) Mid(Random r) => ((byte)r.Next(110, 200), (byte)r.Next(110, 200), (byte)r.Next(110, 200));
    private static (byte, byte, byte) Dark(Random r) => ((byte)r.Next(0, 110), (byte)r.Next(0, 110), (byte)r.Next(0, 110));

    private sealed class Canvas(int width, int height)
    {
        public byte[] Pixels { get; } = new byte[width * height * 3];

        public void Fill((byte R, byte G, byte B) c)
        {
            for (var i = 0; i < Pixels.Length; i += 3) (Pixels[i], Pixels[i + 1], Pixels[i + 2]) = c;
        }

        public void Set(int x, int y, (byte R, byte G, byte B) c)
        {
            if (x < 0 || y < 0 || x >= width || y >= height) return;
            var i = (y * width + x) * 3;
            (Pixels[i], Pixels[i + 1], Pixels[i + 2]) = c;
        }

        /// <summary>Bresenham, two pixels thick.</summary>
        public void Line(int x0, int y0, int x1, int y1, (byte, byte, byte) c)
        {
            int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0), sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1, err = dx + dy;
            while (true)
            {
                Set(x0, y0, c);
                Set(x0, y0 + 1, c);
                if (x0 == x1 && y0 == y1) return;
                var e2 = 2 * err;
                if (e2 >= dy) { err += dy; x0 += sx; }
                if (e2 <= dx) { err += dx; y0 += sy; }
            }
        }
    }
}
