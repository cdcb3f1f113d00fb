using BlazorShop.Features.Accounts.Centre;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>
/// The address list's row actions as plain form posts (antiforgery checked): delete, set default, rename. Another
/// user's address id (or a deleted one) answers 404; the list page shows the outcome (status=…).
/// </summary>
public static class AddressEndpoints
{
    public static IEndpointRouteBuilder MapAddressEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account/addresses/{id:long}").RequireAuthorization().DisableAntiforgery(); // checked in each handler
        group.MapPost("/delete", (long id, HttpContext http, IAddressBook book) =>
            ActAsync(http, async userId => await book.DeleteAsync(userId, id, http.RequestAborted) ? "deleted" : null));
        group.MapPost("/default", (long id, HttpContext http, IAddressBook book) =>
            ActAsync(http, async userId => await book.SetDefaultAsync(userId, id, http.RequestAborted) ? "default" : null));
        group.MapPost("/title", (long id, HttpContext http, IAddressBook book) =>
            ActAsync(http, async userId =>
            {
                var result = await book.RenameAsync(userId, id, http.Request.Form["title"].ToString(), http.RequestAborted);
                return result.Outcome switch
                {
                    AddressOutcome.Saved => "renamed",
                    AddressOutcome.Invalid => "invalid-title",
                    _ => null,
                };
            }));
        return app;
    }

    private static async Task<IResult> ActAsync(HttpContext http, Func<long, Task<string?>> action)
    {
        if (http.User.UserId() is not { } userId) return Results.Unauthorized();
        if (!await FormPosts.IsValidAsync(http)) return Results.BadRequest();
        return await action(userId) is { } status ? Results.Redirect("/account/addresses?status=" + status) : Results.NotFound();
    }
}
