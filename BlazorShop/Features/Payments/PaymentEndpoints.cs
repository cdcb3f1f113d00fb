using System.Text;

namespace BlazorShop.Features.Payments;

/// <summary>The gateway's notify (server to server, no antiforgery, no sign-in): the exact body <c>success</c> or <c>failure</c>.</summary>
public static class PaymentEndpoints
{
    public static void MapNotify(IEndpointRouteBuilder app) =>
        app.MapPost(PaymentService.NotifyPath, async (HttpContext http, PaymentNotifyHandler handler) =>
        {
            var taken = http.Request.HasFormContentType
                && await handler.HandleAsync(await http.Request.ReadFormAsync(http.RequestAborted), http.RequestAborted);
            return Results.Text(taken ? "success" : "failure", "text/plain", Encoding.UTF8);
        }).DisableAntiforgery().AllowAnonymous();
}
