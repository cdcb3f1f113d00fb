using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.IO;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Reads the text back out of a PDF as a viewer's "copy text" would: opens it with PDFsharp, takes each page's
/// content stream, and maps the glyph codes of every shown string through its font's ToUnicode CMap. Text that has
/// no ToUnicode map (unsearchable in a viewer) does not come back. One string per text-showing operator, one per line.
/// </summary>
public static partial class PdfText
{
    public static string Extract(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var maps = new Dictionary<string, Dictionary<int, string>>();
            var fonts = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
            foreach (var name in fonts?.Elements.Keys ?? [])
            {
                var unicode = fonts!.Elements.GetDictionary(name)?.Elements.GetDictionary("/ToUnicode");
                if (unicode?.Stream is { } stream) maps[name] = ParseCMap(Encoding.Latin1.GetString(stream.UnfilteredValue));
            }
            var content = Encoding.Latin1.GetString(page.Contents.CreateSingleContent().Stream.UnfilteredValue);
            Dictionary<int, string>? map = null;
            foreach (Match m in ContentTokens().Matches(content))
            {
                if (m.Groups["font"].Success) map = maps.GetValueOrDefault(m.Groups["font"].Value);
                else if (map is not null)
                {
                    var hex = string.Concat(m.Groups["hex"].Value.Where(char.IsAsciiHexDigit)); // long strings are broken over lines
                    for (var i = 0; i + 4 <= hex.Length; i += 4)
                        text.Append(map.GetValueOrDefault(int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber), ""));
                    text.Append('\n');
                }
            }
        }
        return text.ToString();
    }

    private static Dictionary<int, string> ParseCMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match section in Sections().Matches(cmap))
        {
            var body = section.Groups["body"].Value;
            if (section.Groups["kind"].Value == "char")
            {
                foreach (Match m in Pair().Matches(body)) map[Hex(m.Groups[1].Value)] = Utf16(m.Groups[2].Value);
                continue;
            }
            foreach (Match m in Triple().Matches(body))
            {
                int from = Hex(m.Groups[1].Value), to = Hex(m.Groups[2].Value), first = Hex(m.Groups[3].Value);
                for (var code = from; code <= to; code++) map[code] = char.ConvertFromUtf32(first + code - from);
            }
        }
        return map;
    }

    private static int Hex(string value) => int.Parse(value, NumberStyles.HexNumber);

    private static string Utf16(string hex) =>
        new([.. Enumerable.Range(0, hex.Length / 4).Select(i => (char)int.Parse(hex.AsSpan(4 * i, 4), NumberStyles.HexNumber))]);

    [GeneratedRegex(@"(?<font>/[^\s/\[\]<>()]+)\s+[\d.]+\s+Tf|<(?<hex>[0-9A-Fa-f\s]*)>\s*Tj")]
    private static partial Regex ContentTokens();

    [GeneratedRegex(@"beginbf(?<kind>char|range)(?<body>.*?)endbf(?:char|range)", RegexOptions.Singleline)]
    private static partial Regex Sections();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Triple();
}
