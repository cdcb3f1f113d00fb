using BlazorShop.Features.Accounts.RateLimiting;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Accounts.Register;

/// <summary>GET /register/check?username=… or ?mobile=… — "is it free?" while the shopper types (JSON, rate limited per client).</summary>
public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/register/check", async (string? username, string? mobile, HttpContext http, Registration registration, IStringLocalizer<SharedResource> localizer) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            string? problem;
            if (username is not null) problem = await registration.UserNameProblemAsync(username.Trim(), http.RequestAborted);
            else if (mobile is not null) problem = await registration.MobileProblemAsync(mobile.Trim(), http.RequestAborted);
            else return Results.BadRequest();
            return Results.Json(new { ok = problem is null, message = problem ?? localizer[username is not null ? "UserNameFree" : "MobileFree"].Value });
        }).RequireRateLimiting(AccountRateLimits.Checks);
        return app;
    }
}
