namespace BlazorShop.Features.Orders.Invoices;

/// <summary>At start, says which font the invoices embed, or warns that there is none (invoices cannot be drawn).</summary>
public sealed class InvoiceFontCheck(InvoiceFont font, ILogger<InvoiceFontCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (font.Path is { } path) logger.LogInformation("PDF invoices embed the font {FontPath}", path);
        else logger.LogWarning("No CJK font found for PDF invoices (searched {Paths}): set Invoices:FontPath or install fonts-wqy-microhei; the invoice link shows a notice until then",
            string.Join(", ", InvoiceFont.KnownPaths));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
