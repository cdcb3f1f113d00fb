using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>The invoice page being drawn on, the pen's vertical position, and a fresh A4 page when one is full.</summary>
internal sealed class InvoiceCanvas : IDisposable
{
    private readonly PdfDocument _document;
    private readonly double _margin;

    public InvoiceCanvas(PdfDocument document, double margin)
    {
        _document = document;
        _margin = margin;
        Page = NewA4();
        Graphics = XGraphics.FromPdfPage(Page);
        Y = margin;
    }

    public PdfPage Page { get; private set; }
    public XGraphics Graphics { get; private set; }
    public double Y { get; set; }
    public double Width => Page.Width.Point;
    /// <summary>Lowest point the content may reach (the footer lives below).</summary>
    public double Bottom => Page.Height.Point - _margin - 20;

    public void NewPage()
    {
        Graphics.Dispose();
        Page = NewA4();
        Graphics = XGraphics.FromPdfPage(Page);
        Y = _margin;
    }

    public void Dispose() => Graphics.Dispose();

    private PdfPage NewA4()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }
}
