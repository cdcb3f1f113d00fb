using BlazorShop.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>
/// GET <c>/orders/{id}/invoice.pdf</c>: the PDF invoice of one of the signed-in shopper's orders, in the request's
/// language. Another user's, an unknown or a malformed id: 404; anonymous: the sign-in page; no CJK font on the
/// server: the page <c>/orders/{id}/invoice</c> that says so.
/// </summary>
public static class InvoiceEndpoints
{
    public static IEndpointRouteBuilder MapInvoiceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id}/invoice.pdf", async (string id, HttpContext http, InvoiceQueries invoices, InvoiceFont font,
                IStringLocalizer<SharedResource> l, TimeProvider clock) =>
            {
                if (http.User.UserId() is not { } userId) return Results.Challenge();
                if (await invoices.GetAsync(userId, id, http.RequestAborted) is not { } invoice) return Results.NotFound();
                if (font.Family is not { } family) return Results.Redirect($"/orders/{invoice.OrderId}/invoice");
                var pdf = InvoiceDocument.Render(invoice, family, l, clock.GetUtcNow().UtcDateTime);
                http.Response.Headers.CacheControl = "private, no-store";
                http.Response.Headers.ContentDisposition = $"inline; filename=\"invoice-{invoice.OrderId}.pdf\"";
                return Results.Bytes(pdf, "application/pdf");
            })
            .RequireAuthorization();
        return app;
    }
}
