using System.Globalization;
using BlazorShop.Domain;
using BlazorShop.Features.Orders.Invoices;
using BlazorShop.Infrastructure.Localization;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PdfSharp.Pdf.IO;

namespace BlazorShop.Tests.Features.Orders.Invoices;

/// <summary>The invoice PDF itself: opens in a PDF reader, and its text (Chinese included) can be read back.</summary>
public class InvoiceDocumentTests
{
    private static string Family => new InvoiceFont(new InvoiceOptions(), InvoiceFont.KnownPaths).Family
        ?? throw new InvalidOperationException("No CJK font on this machine: install fonts-wqy-microhei (PACKAGES.md §3).");

    private static IStringLocalizer Localizer()
    {
        var services = new ServiceCollection().AddLogging().AddShopLocalization().BuildServiceProvider();
        return services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    private static InvoiceData Invoice(params InvoiceLine[] lines) => new(
        "20261122093015000000042", OrderStatus.ToReceive, PayMethod.Alipay,
        new DateTime(2026, 11, 22, 1, 30, 15, DateTimeKind.Utc), new DateTime(2026, 11, 22, 1, 31, 0, DateTimeKind.Utc),
        new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc),
        "欧阳娜娜", "13800138000", "北京市 北京市 海淀区 中关村大街 27 号", lines, 10m, lines.Sum(l => l.Subtotal) + 10m);

    private static byte[] Render(InvoiceData invoice, string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try { return InvoiceDocument.Render(invoice, Family, Localizer(), new DateTime(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc)); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [ServiceFact(Service.CjkFont)]
    public void The_invoice_opens_as_a_pdf_and_reads_back_with_its_chinese_text_and_figures()
    {
        var pdf = Render(Invoice(new InvoiceLine("华为 HUAWEI Mate 60 Pro 雅川青 12GB+512GB", 6999m, 1), new InvoiceLine("小米 Redmi Buds 5 陶瓷白", 199.5m, 2)), "zh-CN");

        using (var opened = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import)) Assert.Equal(1, opened.PageCount);
        var text = PdfText.Extract(pdf);
        Assert.Contains("美多商城", text);
        Assert.Contains("20261122093015000000042", text);
        Assert.Contains("欧阳娜娜", text);
        Assert.Contains("中关村大街 27 号", text);
        Assert.Contains("华为 HUAWEI Mate 60 Pro 雅川青 12GB+512GB", text);
        Assert.Contains("¥6,999.00", text);
        Assert.Contains("¥399.00", text);       // 199.50 × 2
        Assert.Contains("¥7,398.00", text);     // goods
        Assert.Contains("¥7,408.00", text);     // + freight 10
        Assert.Contains("待收货", text);
        Assert.Contains("支付宝", text);
        Assert.Contains("2026-11-22 09:30", text); // placed, China time
        Assert.Contains("2026-11-23 10:00", text); // shipped, China time
    }

    [ServiceFact(Service.CjkFont)]
    public void Labels_follow_the_requests_language_and_the_goods_keep_their_names()
    {
        var text = PdfText.Extract(Render(Invoice(new InvoiceLine("格力 KFR-35GW 空调", 2999m, 1)), "en"));

        Assert.Contains("Order number", text);
        Assert.Contains("To receive", text);
        Assert.Contains("Alipay", text);
        Assert.Contains("格力 KFR-35GW 空调", text);
        Assert.DoesNotContain("订单编号", text);
    }

    [ServiceFact(Service.CjkFont)]
    public void A_long_order_runs_over_several_pages_and_loses_no_line()
    {
        var lines = Enumerable.Range(1, 80).Select(i => new InvoiceLine($"商品{i:D3} 超长名称的测试商品，用来检查折行是否正确处理中文与 Latin words together", 10m + i, i % 3 + 1)).ToArray();

        var pdf = Render(Invoice(lines), "zh-CN");

        using (var opened = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import)) Assert.True(opened.PageCount > 2);
        var text = PdfText.Extract(pdf);
        Assert.All(lines, l => Assert.Contains($"商品{l.Name[2..5]}", text));
        Assert.Contains(Display.Money(lines.Sum(l => l.Subtotal) + 10m), text);
    }

    [Fact]
    public void Without_a_font_file_none_is_offered()
    {
        var font = new InvoiceFont(new InvoiceOptions(), ["/nonexistent/font.ttc"]);

        Assert.False(font.IsAvailable);
        Assert.Null(font.Family);
    }
}
