using System.Text.Json;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BlazorShop.Infrastructure.Health;

/// <summary>/health/live: the process answers. /health/ready: the database (and Redis, S3 when configured) answer.</summary>
public static class HealthSetup
{
    public static IServiceCollection AddShopHealthChecks(this IServiceCollection services, IConfiguration config)
    {
        var checks = services.AddHealthChecks()
            .AddDbContextCheck<ShopDbContext>("database", tags: ["ready"])
            .AddCheck<BlobStoreHealthCheck>("blobs", tags: ["ready"]);
        if (RedisSetup.IsConfigured(config))
            checks.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapShopHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteJson });
        return app;
    }

    /// <summary>
    /// Everyone gets the overall status; the per-check details (which check, its description and error text, which
    /// can name hosts and paths) only a loopback caller (the operator, a local probe) or a signed-in admin.
    /// Behind a proxy the remote address is the client's (forwarded headers), so the proxy itself gets no details.
    /// </summary>
    private static Task WriteJson(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        if (!MaySeeDetails(http))
            return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                error = e.Value.Exception?.Message,
            }),
        }));
    }

    public static bool MaySeeDetails(HttpContext http) =>
        (http.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip))
        || http.User.IsInRole(BlazorShop.Domain.Roles.Admin);
}
