using System.Text;
using BlazorShop.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>
/// Draws an invoice as an A4 PDF: shop name, order id, dates in China time, address snapshot, the lines (wrapped
/// names, as many pages as needed, the table head repeated), totals, pay method and status. Every text is drawn with
/// the embedded CJK font, Unicode-encoded (PDFsharp writes a ToUnicode map, so the text can be searched and copied).
/// </summary>
public static class InvoiceDocument
{
    private const double Margin = 50;
    private const double NameRight = 330, PriceRight = 420, CountRight = 470;
    private const double Line = 15;

    public static byte[] Render(InvoiceData invoice, string fontFamily, IStringLocalizer l, DateTime issuedUtc)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var title = new XFont(fontFamily, 18, XFontStyleEx.Bold, options);
        var heading = new XFont(fontFamily, 11, XFontStyleEx.Bold, options);
        var text = new XFont(fontFamily, 10, XFontStyleEx.Regular, options);
        var small = new XFont(fontFamily, 8, XFontStyleEx.Regular, options);

        using var document = new PdfDocument();
        document.Info.Title = $"{l["ShopName"]} {l["Invoice_Title"]} {invoice.OrderId}";
        document.Info.Creator = l["ShopName"];
        var page = new InvoiceCanvas(document, Margin);
        var gfx = page.Graphics;
        var right = page.Width - Margin;

        gfx.DrawString($"{l["ShopName"]} · {l["Invoice_Title"]}", title, XBrushes.Black, new XPoint(Margin, page.Y + 18));
        page.Y += 36;
        Field(page, text, l, l["Invoice_OrderId"], invoice.OrderId, Margin);
        Field(page, text, l, l["Invoice_Status"], l["OrderStatus_" + invoice.Status], 310);
        page.Y += Line;
        Field(page, text, l, l["Order_CreatedAt"], Display.DateTime(invoice.CreatedAt), Margin);
        Field(page, text, l, l["Checkout_PayMethod"], l["PayMethod_" + invoice.PayMethod], 310);
        page.Y += Line;
        if (invoice.PaidAt is not null || invoice.ShippedAt is not null)
        {
            if (invoice.PaidAt is { } paid) Field(page, text, l, l["Order_PaidAt"], Display.DateTime(paid), Margin);
            if (invoice.ShippedAt is { } shipped) Field(page, text, l, l["Invoice_ShippedAt"], Display.DateTime(shipped), 310);
            page.Y += Line;
        }
        page.Y += 8;
        gfx.DrawString(l["Checkout_ShipTo"], heading, XBrushes.Black, new XPoint(Margin, page.Y + 11));
        page.Y += Line + 4;
        foreach (var row in Wrap(gfx, $"{invoice.Receiver}  {invoice.Mobile}", text, right - Margin))
        {
            gfx.DrawString(row, text, XBrushes.Black, new XPoint(Margin, page.Y + 10));
            page.Y += Line;
        }
        foreach (var row in Wrap(gfx, invoice.Address, text, right - Margin))
        {
            gfx.DrawString(row, text, XBrushes.Black, new XPoint(Margin, page.Y + 10));
            page.Y += Line;
        }
        page.Y += 10;

        TableHead(page, heading, l);
        foreach (var line in invoice.Lines)
        {
            var rows = Wrap(page.Graphics, line.Name, text, NameRight - Margin - 10);
            if (page.Y + rows.Count * Line > page.Bottom)
            {
                page.NewPage();
                TableHead(page, heading, l);
            }
            var g = page.Graphics;
            var top = page.Y;
            foreach (var row in rows)
            {
                g.DrawString(row, text, XBrushes.Black, new XPoint(Margin, page.Y + 10));
                page.Y += Line;
            }
            RightText(g, Display.Money(line.Price), text, PriceRight, top);
            RightText(g, line.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), text, CountRight, top);
            RightText(g, Display.Money(line.Subtotal), text, right, top);
            page.Y += 3;
            g.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, page.Y, right, page.Y);
            page.Y += 4;
        }

        if (page.Y + 4 * Line > page.Bottom) page.NewPage();
        page.Y += 6;
        Total(page, text, l["Checkout_GoodsAmount"], Display.Money(invoice.GoodsAmount));
        Total(page, text, l["Checkout_Freight"], Display.Money(invoice.Freight));
        page.Graphics.DrawLine(new XPen(XColors.Black, 0.8), CountRight, page.Y + 1, right, page.Y + 1);
        page.Y += 4;
        Total(page, heading, l["Invoice_Total"], Display.Money(invoice.TotalAmount));

        page.Dispose();
        Footers(document, small, l, issuedUtc);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Field(InvoiceCanvas page, XFont font, IStringLocalizer l, string label, string value, double x) =>
        page.Graphics.DrawString(l["Invoice_Field", label, value], font, XBrushes.Black, new XPoint(x, page.Y + 10));

    private static void TableHead(InvoiceCanvas page, XFont font, IStringLocalizer l)
    {
        var g = page.Graphics;
        var right = page.Width - Margin;
        g.DrawString(l["Invoice_Goods"], font, XBrushes.Black, new XPoint(Margin, page.Y + 11));
        RightText(g, l["Invoice_UnitPrice"], font, PriceRight, page.Y);
        RightText(g, l["Invoice_Count"], font, CountRight, page.Y);
        RightText(g, l["Invoice_Subtotal"], font, right, page.Y);
        page.Y += Line + 2;
        g.DrawLine(new XPen(XColors.Black, 0.8), Margin, page.Y, right, page.Y);
        page.Y += 4;
    }

    private static void Total(InvoiceCanvas page, XFont font, string label, string amount)
    {
        var right = page.Width - Margin;
        RightText(page.Graphics, label, font, CountRight + 10 - 90, page.Y);
        RightText(page.Graphics, amount, font, right, page.Y);
        page.Y += Line + 2;
    }

    private static void RightText(XGraphics g, string value, XFont font, double right, double top)
    {
        var width = g.MeasureString(value, font).Width;
        g.DrawString(value, font, XBrushes.Black, new XPoint(right - width, top + 10));
    }

    private static void Footers(PdfDocument document, XFont font, IStringLocalizer l, DateTime issuedUtc)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin + 20;
            g.DrawString(l["Invoice_Issued", Display.DateTime(issuedUtc)], font, XBrushes.Gray, new XPoint(Margin, y));
            RightText(g, l["Invoice_Page", i + 1, document.PageCount], font, page.Width.Point - Margin, y - 10);
        }
    }

    /// <summary>Breaks text into rows no wider than <paramref name="width"/>: between any two CJK characters, or at a space.</summary>
    private static List<string> Wrap(XGraphics g, string value, XFont font, double width)
    {
        var rows = new List<string>();
        var row = new StringBuilder();
        foreach (var ch in value.ReplaceLineEndings(" "))
        {
            row.Append(ch);
            if (row.Length == 1 || g.MeasureString(row.ToString(), font).Width <= width) continue;
            row.Length--;
            var current = row.ToString();
            var space = current.LastIndexOf(' ');
            if (space > 0 && !char.IsWhiteSpace(ch) && current[(space + 1)..].All(c => c < 0x2E80))
            {
                rows.Add(current[..space].TrimEnd());
                row.Clear().Append(current[(space + 1)..]);
            }
            else
            {
                rows.Add(current.TrimEnd());
                row.Clear();
            }
            if (!char.IsWhiteSpace(ch) || row.Length > 0) row.Append(ch);
        }
        if (row.Length > 0 || rows.Count == 0) rows.Add(row.ToString().TrimEnd());
        return rows;
    }
}
