using System.Globalization;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Cart;

/// <summary>
/// Plain HTTP for the cart, used by product pages and tiles before their circuit connects (and without JavaScript),
/// and by guest islands to learn their cart. The page may come from the output cache, so its form carries no
/// antiforgery token; the defence against cross-site posts is that the browser says the post is same-origin
/// (Sec-Fetch-Site / Origin) and the sign-in and cart cookies are SameSite=Lax (a cross-site post arrives without them).
/// </summary>
public static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cart/add", AddAsync).DisableAntiforgery();
        app.MapPost("/cart/session", Session).DisableAntiforgery();
        return app;
    }

    /// <summary>Adds to the cart (a guest gets a cart on the way) and goes back to the product with the outcome.</summary>
    private static async Task<IResult> AddAsync(HttpContext http, CartService carts, GuestCartCookie cookies)
    {
        if (!IsSameOrigin(http.Request)) return Results.BadRequest();
        if (!http.Request.HasFormContentType) return Results.BadRequest();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!long.TryParse(form["sku"], NumberStyles.None, CultureInfo.InvariantCulture, out var skuId) || skuId <= 0)
            return Results.Redirect("/cart?notice=" + Notice(AddToCartOutcome.NotFound));
        var countText = form.TryGetValue("count", out var c) ? c.ToString() : form["quantity"].ToString();
        // A count that isn't a whole number 1..max (typed or crafted) changes nothing; the page says why.
        var outcome = int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1
            ? (await carts.AddAsync(http.User.UserId() is { } userId ? CartOwner.User(userId) : cookies.GetOrIssueGuest(http), skuId, count, http.RequestAborted)).Outcome
            : AddToCartOutcome.InvalidCount;
        return outcome == AddToCartOutcome.NotFound
            ? Results.Redirect("/cart?notice=" + Notice(outcome))
            : Results.Redirect($"/goods/{skuId}?cart={Notice(outcome)}");
    }

    /// <summary>
    /// A guest island's cart: a short-lived protected token of this browser's guest cart (null when it has none and
    /// <c>create</c> is not set; with <c>create=1</c> a cart and its cookie are issued). Signed-in circuits don't need it.
    /// </summary>
    private static IResult Session(HttpContext http, GuestCartCookie cookies, string? create)
    {
        if (!IsSameOrigin(http.Request)) return Results.BadRequest();
        http.Response.Headers.CacheControl = "no-store";
        if (http.User.Identity?.IsAuthenticated == true) return Results.Json(new SessionAnswer(null));
        var owner = create is "1" or "true" ? cookies.GetOrIssueGuest(http) : cookies.ReadGuest(http);
        return Results.Json(new SessionAnswer(owner is { } o ? cookies.CircuitToken(o) : null));
    }

    private sealed record SessionAnswer(string? Token);

    /// <summary>The outcome as it travels in a query string (<c>?cart=added</c>).</summary>
    public static string Notice(AddToCartOutcome outcome) => outcome.ToString().ToLowerInvariant();

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
