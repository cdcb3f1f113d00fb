using System.Globalization;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Cart;

/// <summary>
/// Plain HTTP for the cart, used by product pages before their circuit connects (and without JavaScript).
/// The page may come from the output cache, so its form carries no antiforgery token; the defence against cross-site
/// posts is that the browser says the post is same-origin (Sec-Fetch-Site / Origin) and the sign-in cookie is
/// SameSite=Lax (a cross-site post arrives signed out anyway).
/// </summary>
public static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cart/add", AddAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>Where a guest goes to sign in, coming back to the product with the chosen quantity.</summary>
    public static string LoginFor(long skuId, int quantity) =>
        "/login?returnUrl=" + Uri.EscapeDataString($"/goods/{skuId}" + (quantity > 1 ? $"?qty={quantity}" : ""));

    private static async Task<IResult> AddAsync(HttpContext http, ServerCart cart)
    {
        if (!IsSameOrigin(http.Request)) return Results.BadRequest();
        if (!http.Request.HasFormContentType) return Results.BadRequest();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!long.TryParse(form["sku"], NumberStyles.None, CultureInfo.InvariantCulture, out var skuId) || skuId <= 0) return Results.BadRequest();
        var quantity = int.TryParse(form["quantity"], NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? Math.Clamp(q, 1, ServerCart.MaxCountPerLine) : 1;

        if (http.User.UserId() is not { } userId)
            return Results.Redirect(LoginFor(skuId, quantity));
        var outcome = await cart.AddAsync(userId, skuId, quantity, http.RequestAborted);
        return Results.Redirect($"/goods/{skuId}?cart={outcome.ToString().ToLowerInvariant()}");
    }

    /// <summary>Browsers send Sec-Fetch-Site (and Origin) with form posts; a post from another site is refused.</summary>
    internal static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site is "same-origin";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return Uri.TryCreate(origin, UriKind.Absolute, out var o) && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
