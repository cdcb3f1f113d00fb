using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>
/// The CJK font the invoices embed: <c>Invoices:FontPath</c>, or the first of <see cref="KnownPaths"/> that exists.
/// <see cref="Family"/> is null when there is none (the invoice link then explains, and start-up warns).
/// </summary>
public sealed class InvoiceFont
{
    /// <summary>Where Linux distributions (Debian/Ubuntu, Fedora, Arch, Alpine), macOS and Windows put a CJK TrueType font with Latin glyphs.</summary>
    public static readonly IReadOnlyList<string> KnownPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/Library/Fonts/Arial Unicode.ttf",
        @"C:\Windows\Fonts\msyh.ttc",
        @"C:\Windows\Fonts\simsun.ttc",
    ];

    private readonly Lazy<string?> _family;

    public InvoiceFont(IOptions<InvoiceOptions> options) : this(options.Value, KnownPaths) { }

    public InvoiceFont(InvoiceOptions options, IReadOnlyList<string> searchPaths)
    {
        Path = options.FontPath.Length > 0 ? options.FontPath : searchPaths.FirstOrDefault(File.Exists);
        var index = options.FontPath.Length > 0 ? options.FontIndex : 0;
        _family = new Lazy<string?>(() => Path is null ? null : InvoiceFontResolver.Register(Path, index));
    }

    /// <summary>The font file in use, or null.</summary>
    public string? Path { get; }

    public bool IsAvailable => Path is not null;

    /// <summary>The family name to draw with, or null when there is no font.</summary>
    public string? Family => _family.Value;
}
