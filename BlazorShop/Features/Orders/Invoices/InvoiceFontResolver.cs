using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>
/// PDFsharp's font resolver is process-wide and may be set only once (always the same instance), so this one instance
/// serves every <see cref="InvoiceFont"/> of the process: each registers its font file under a family name of its own.
/// Bold is simulated (the CJK fonts ship one weight).
/// </summary>
public sealed class InvoiceFontResolver : IFontResolver
{
    public static readonly InvoiceFontResolver Instance = new();
    private static readonly Lock InstallGate = new();

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _faces = new(StringComparer.Ordinal);

    private InvoiceFontResolver() { }

    /// <summary>Registers a font file (face <paramref name="index"/> of a collection) and returns its family name.</summary>
    public static string Register(string path, int index)
    {
        Install();
        var family = $"BlazorShopInvoice-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{path}|{index}")))[..12]}";
        Instance._faces.TryAdd(family, new Lazy<byte[]>(() => TrueTypeCollection.Extract(File.ReadAllBytes(path), index)));
        return family;
    }

    private static void Install()
    {
        lock (InstallGate)
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense(); // BlazorShop is AGPL-3.0-or-later: PACKAGES.md §5
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName, isBold, isItalic) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.Value : null;
}
