using System.Globalization;
using System.Text;

namespace BlazorShop.Features.Admin;

/// <summary>
/// CSV (RFC 4180) for exports opened in spreadsheets: UTF-8 with a BOM (Excel reads Chinese correctly), fields quoted when
/// needed, and text that a spreadsheet would run as a formula (= + - @ at the start) prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    public static string Field(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Text(value.ToString() ?? ""),
    };

    private static string Text(string s)
    {
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r') s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }

    public static string Line(params object?[] fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    public static byte[] Document(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
