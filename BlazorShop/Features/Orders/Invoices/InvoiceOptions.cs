using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>
/// PDF invoices (section <c>Invoices</c>): the CJK font embedded in them. Empty <see cref="FontPath"/> means "search the
/// usual system places" (<see cref="InvoiceFont.KnownPaths"/>); when none is there the invoice link answers a page that
/// says so, and start-up logs a warning. A path that is set must exist (checked at start).
/// </summary>
public sealed class InvoiceOptions : IValidatableObject
{
    public const string Section = "Invoices";

    /// <summary>A TrueType font (.ttf) or collection (.ttc) with Chinese and Latin glyphs, e.g. WenQuanYi Micro Hei.</summary>
    public string FontPath { get; set; } = "";

    /// <summary>Which face of a .ttc collection (0 = the first).</summary>
    [Range(0, 64)]
    public int FontIndex { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FontPath.Length > 0 && !File.Exists(FontPath))
            yield return new ValidationResult($"Invoices:FontPath: no font file at '{FontPath}'.", [nameof(FontPath)]);
    }
}
