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
}
