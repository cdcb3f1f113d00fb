using System.Globalization;
using System.Threading.RateLimiting;
using BlazorShop.Infrastructure.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter, one fixed window per client address and policy. Pages carry
/// <c>[EnableRateLimiting]</c> and only their POSTs count (showing a form is free); endpoints count every request.
/// A refusal is a 429 with Retry-After and the reason in the shopper's language (JSON for the script's requests).
/// </summary>
public static class AccountRateLimits
{
    public const string Login = "accounts-login";
    public const string Codes = "accounts-codes";
    public const string Checks = "accounts-checks";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<AccountRateLimitOptions>(config, AccountRateLimitOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(Login, http => Partition(http, Login, r => r.Login));
            o.AddPolicy(Codes, http => Partition(http, Codes, r => r.Codes));
            o.AddPolicy(Checks, http => Partition(http, Checks, r => r.Checks));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, string policy, Func<AccountRateLimitOptions, RateLimitRule> rule)
    {
        // A page's GET (showing the form) is not limited; its POSTs and the endpoints' requests are.
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null)
            return RateLimitPartition.GetNoLimiter("get");
        var limit = rule(http.RequestServices.GetRequiredService<IOptions<AccountRateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(policy + ":" + ClientAddress.Of(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["TooManyRequests", seconds].Value;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("BlazorShop.Accounts.RateLimits")
            .LogWarning("Rate limit: {Method} {Path} refused for client {Client}", http.Request.Method, http.Request.Path.Value, ClientAddress.Of(http));
        if (http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
            await http.Response.WriteAsJsonAsync(new { ok = false, message }, ct);
        else
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(message, ct);
        }
    }
}
