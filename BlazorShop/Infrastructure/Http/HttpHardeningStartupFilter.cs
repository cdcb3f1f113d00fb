using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace BlazorShop.Infrastructure.Http;

/// <summary>Forwarded headers → HEAD as GET → security headers, ahead of the app's own pipeline (and of routing).</summary>
sealed class HttpHardeningStartupFilter(SecurityHeaders headers, ILogger<HttpHardeningStartupFilter> logger) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        app.Use(AnswerHeadAsGet);
        app.Use(async (context, nextMiddleware) =>
        {
            headers.Apply(context);
            await nextMiddleware(context);
            // A refused antiforgery token is a 400 (the form endpoint or Blazor answers it) and one line here.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
                logger.LogWarning("Refused {Method} {Path}: antiforgery token missing or invalid ({Reason}); answered {Status}",
                    context.Request.Method, context.Request.Path.Value, antiforgery.Error?.Message ?? "invalid", context.Response.StatusCode);
        });
        next(app);
    };

    /// <summary>HEAD is GET without a body (RFC 9110): pages and endpoints are mapped for GET only.</summary>
    private static async Task AnswerHeadAsGet(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }
        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try { await next(); }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
