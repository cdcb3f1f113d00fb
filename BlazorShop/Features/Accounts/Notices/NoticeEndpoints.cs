using BlazorShop.Features.Accounts.Centre;
using BlazorShop.Infrastructure.Http;
using BlazorShop.Features.Notices;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Accounts.Notices;

/// <summary>
/// The message centre's plain form posts (they work without a circuit): open one notice (marks it read, then goes to
/// what it is about) and mark all read. Another user's notice id: 404.
/// </summary>
public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account/messages").RequireAuthorization().DisableAntiforgery(); // checked in each handler
        group.MapPost("/{id:long}/read", async (long id, HttpContext http, NoticeCentre notices) =>
        {
            if (http.User.UserId() is not { } userId) return Results.Unauthorized();
            if (!await FormPosts.IsValidAsync(http)) return Results.BadRequest();
            if (!await notices.MarkReadAsync(userId, id, http.RequestAborted)) return Results.NotFound();
            var next = http.Request.Form["next"].ToString();
            return Results.LocalRedirect(LocalUrl.IsLocal(next) ? next : "/account/messages");
        });
        group.MapPost("/read-all", async (HttpContext http, NoticeCentre notices) =>
        {
            if (http.User.UserId() is not { } userId) return Results.Unauthorized();
            if (!await FormPosts.IsValidAsync(http)) return Results.BadRequest();
            await notices.MarkAllReadAsync(userId, http.RequestAborted);
            return Results.LocalRedirect("/account/messages");
        });
        return app;
    }
}
