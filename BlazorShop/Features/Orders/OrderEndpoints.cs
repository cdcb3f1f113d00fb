using BlazorShop.Features.Accounts.Centre;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Orders;

/// <summary>
/// The order page's actions as plain form posts (antiforgery checked): cancel an unpaid order, confirm receipt.
/// Another user's (or an unknown) order answers 404; the order page shows the outcome (status=…).
/// </summary>
public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/orders/{id}").RequireAuthorization().DisableAntiforgery(); // checked in each handler
        group.MapPost("/cancel", (string id, HttpContext http, IOrderActions orders) =>
            ActAsync(http, id, "cancelled", userId => orders.CancelAsync(userId, id, http.RequestAborted)));
        group.MapPost("/receive", (string id, HttpContext http, IOrderActions orders) =>
            ActAsync(http, id, "received", userId => orders.ConfirmReceiptAsync(userId, id, http.RequestAborted)));
        return app;
    }

    private static async Task<IResult> ActAsync(HttpContext http, string id, string done, Func<long, Task<OrderActionOutcome>> action)
    {
        if (http.User.UserId() is not { } userId) return Results.Unauthorized();
        if (!await FormPosts.IsValidAsync(http)) return Results.BadRequest();
        return await action(userId) switch
        {
            OrderActionOutcome.Done => Results.Redirect($"/orders/{id}?status={done}"),
            OrderActionOutcome.NotFound => Results.NotFound(),
            _ => Results.Redirect($"/orders/{id}?status=not-allowed"),
        };
    }
}
