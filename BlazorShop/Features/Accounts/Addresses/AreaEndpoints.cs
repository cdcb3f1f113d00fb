namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>
/// GET /areas (provinces) and /areas/{id} (its children) as JSON [{id, name}], for the address form's cascade script.
/// Public and unchanging: cacheable by anyone for a day.
/// </summary>
public static class AreaEndpoints
{
    public static IEndpointRouteBuilder MapAreaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/areas", (HttpContext http, IAreaDirectory areas) => ListAsync(http, areas, null));
        app.MapGet("/areas/{parentId:int}", (int parentId, HttpContext http, IAreaDirectory areas) => ListAsync(http, areas, parentId));
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, IAreaDirectory areas, int? parentId)
    {
        var children = await areas.ChildrenAsync(parentId, http.RequestAborted);
        if (parentId is not null && children.Count == 0 && await areas.FindAsync(parentId.Value, http.RequestAborted) is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Json(children.Select(a => new { id = a.Id, name = a.Name }));
    }
}
