using System.Net;

namespace BlazorShop.Infrastructure.Health;

/// <summary>
/// <c>GET /diagnostics/memory</c>: the live managed heap after a full collection, and the circuits' share of it —
/// for capacity planning (memory per open page). Off unless <c>Diagnostics:Memory</c> is true, and answered to
/// loopback callers only, since it forces a full garbage collection.
/// </summary>
public static class MemoryDiagnostics
{
    public static IEndpointRouteBuilder MapMemoryDiagnostics(this IEndpointRouteBuilder app, IConfiguration config)
    {
        if (config.GetSection(DiagnosticsOptions.Section).Get<DiagnosticsOptions>() is not { Memory: true }) return app;
        app.MapGet("/diagnostics/memory", (HttpContext http) =>
        {
            if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip)) return Results.NotFound();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return Results.Json(new { managedBytes = GC.GetTotalMemory(forceFullCollection: false), workingSetBytes = Environment.WorkingSet });
        });
        return app;
    }
}
