using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace BlazorShop.Features.Cart;

/// <summary>
/// The cart of one circuit (scoped: the islands of a page share it). Signed in, it is the user's cart. A guest's
/// circuit can't read the cart cookie, so it asks the browser to fetch <c>POST /cart/session</c> (same origin, the
/// cookie goes along), which answers with a short-lived protected token; a page that is never cached may hand the
/// token over as a parameter instead (<see cref="Adopt"/>). A raw id from the client is never trusted.
/// </summary>
public sealed class CartSession(GuestCartCookie cookies, IJSRuntime js)
{
    private CartOwner? _guest;

    /// <summary>Raised when this circuit learns (or starts) its guest cart, so islands can follow it.</summary>
    public event Action? OwnerChanged;

    /// <summary>Takes the cart from a token the page rendered (ignored when invalid).</summary>
    public void Adopt(string? token)
    {
        if (cookies.FromCircuitToken(token) is { IsGuest: true } owner) Set(owner);
    }

    /// <summary>
    /// This circuit's cart; for a guest without one, <paramref name="create"/> starts one (the browser's request gets the
    /// cookie). Call only once interactive (it may call JavaScript).
    /// </summary>
    public async Task<CartOwner?> ResolveAsync(Task<AuthenticationState>? auth, bool create)
    {
        if (await auth.UserIdAsync() is { } userId) return CartOwner.User(userId);
        if (_guest is { } known) return known;
        string? token;
        try { token = await js.InvokeAsync<string?>("blazorShopCart.session", create); }
        catch (JSException) { return null; }
        catch (TaskCanceledException) { return null; }
        if (cookies.FromCircuitToken(token) is { IsGuest: true } owner) Set(owner);
        return _guest;
    }

    private void Set(CartOwner owner)
    {
        if (_guest == owner) return;
        _guest = owner;
        OwnerChanged?.Invoke();
    }
}
