using System.Globalization;

namespace BlazorShop.Shared;

/// <summary>
/// Catalog content in the shopper's language: names, captions, spec values and texts are stored in Chinese with an
/// optional English twin. English pages (UI culture en) show the English one when it is there, everything else the
/// Chinese one. Picked when shown, not when read, so the page-data caches hold both and serve either language.
/// </summary>
public static class CatalogText
{
    /// <summary>True when the current UI culture is English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The English text on English pages when it is not blank; the Chinese text otherwise.</summary>
    public static string Pick(string chinese, string? english) =>
        IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : chinese;

    /// <summary>An English twin as stored: trimmed, or null when blank (the Chinese text is shown then).</summary>
    public static string? Twin(string? english) => string.IsNullOrWhiteSpace(english) ? null : english.Trim();

    /// <summary>A SKU's spec values as one line ("黑色 · 128GB"), each in the shopper's language.</summary>
    public static string SpecLine(IEnumerable<(string Value, string? ValueEn)> options) =>
        string.Join(" · ", options.Select(o => Pick(o.Value, o.ValueEn)));
}
