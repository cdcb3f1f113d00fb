using BlazorShop.Infrastructure.Configuration;

namespace BlazorShop.Features.Orders.Invoices;

public static class InvoiceServices
{
    /// <summary>PDF invoices of orders: the CJK font (found or configured), the owner-only query, the start-up font check.</summary>
    public static IServiceCollection AddInvoices(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<InvoiceOptions>(config, InvoiceOptions.Section);
        services.AddSingleton<InvoiceFont>();
        services.AddSingleton<InvoiceQueries>();
        services.AddHostedService<InvoiceFontCheck>();
        return services;
    }
}
