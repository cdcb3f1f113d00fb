using System.Globalization;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// GET /captcha/{id} (the PNG of a live captcha), GET /captcha/new (a new one, for the script's "new image"), and
/// POST /sms-code (the script's "send code": a form post with the page's antiforgery token, JSON answer carrying the
/// message and the next captcha, since the posted one is used up). Every one is rate limited per client.
/// </summary>
public static class VerificationEndpoints
{
    public static IEndpointRouteBuilder MapVerificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/captcha/new", async (HttpContext http, CaptchaStore captchas) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { id = await captchas.CreateAsync(http.RequestAborted) });
        }).RequireRateLimiting(AccountRateLimits.Checks);

        app.MapGet("/captcha/{id}", async (string id, HttpContext http, CaptchaStore captchas) =>
        {
            var png = await captchas.ImageAsync(id, http.RequestAborted);
            if (png is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(png, "image/png");
        }).RequireRateLimiting(AccountRateLimits.Checks);

        app.MapPost("/sms-code", async ([FromForm] SmsCodeForm form, HttpContext http, SmsCodeSender sender, CaptchaStore captchas) =>
        {
            SmsPurpose? purpose = form.Purpose switch { "register" => SmsPurpose.Register, "reset" => SmsPurpose.ResetPassword, _ => null };
            if (purpose is null) return Results.BadRequest();
            var result = await sender.SendAsync(purpose.Value, form.Mobile, form.CaptchaId, form.Captcha, ClientAddress.Of(http), http.RequestAborted);
            var next = await captchas.CreateAsync(http.RequestAborted);
            int? retryAfter = result.RetryAfter is { } wait ? SmsCodeSender.Seconds(wait) : null;
            if (retryAfter is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var status = result.Status switch
            {
                SmsSendStatus.Sent => StatusCodes.Status200OK,
                SmsSendStatus.TooSoon or SmsSendStatus.ClientLimit => StatusCodes.Status429TooManyRequests,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Json(new
            {
                ok = result.Sent,
                message = sender.Describe(result),
                field = result.Sent ? null : SmsCodeSender.FieldOf(result.Status),
                captchaId = next,
                retryAfter,
            }, statusCode: status);
        }).RequireRateLimiting(AccountRateLimits.Codes);
        return app;
    }
}
