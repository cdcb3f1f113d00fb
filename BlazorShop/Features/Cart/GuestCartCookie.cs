using System.Security.Cryptography;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Cart;

/// <summary>
/// Who owns the cart of a request: the signed-in user, or a guest known by an anonymous cart id in a Data
/// Protection cookie (HttpOnly, SameSite=Lax; the cart itself stays on the server). A cookie that doesn't unprotect
/// (forged, tampered, another deployment's) is no cart at all: an empty cart, never an error, never someone else's.
/// A circuit can't read or set cookies, so an island learns its cart from a short-lived protected token handed out
/// by an HTTP request of the same browser (<see cref="CircuitToken"/>).
/// </summary>
public sealed class GuestCartCookie(IDataProtectionProvider protection, IOptions<CartOptions> options, TimeProvider clock)
{
    public const string Name = "blazorshop.cart";
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _cookie = protection.CreateProtector("BlazorShop.Cart.GuestCookie.v1");
    private readonly ITimeLimitedDataProtector _token = protection.CreateProtector("BlazorShop.Cart.CircuitToken.v1").ToTimeLimitedDataProtector();

    /// <summary>The cart of the request: the user's when signed in, else the guest cookie's (null when none or invalid).</summary>
    public CartOwner? OwnerOf(HttpContext http) => http.User.UserId() is { } userId ? CartOwner.User(userId) : ReadGuest(http);

    public CartOwner? ReadGuest(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value) || value.Length > 512) return null;
        try
        {
            var key = _cookie.Unprotect(value);
            return CartOwner.TryParse(key, out var owner) && owner.IsGuest ? owner : null;
        }
        catch (CryptographicException) { return null; }
    }

    /// <summary>The guest's cart, issuing a new anonymous id (and cookie) when there is none; renews the idle expiry.</summary>
    public CartOwner GetOrIssueGuest(HttpContext http)
    {
        var owner = ReadGuest(http) ?? CartOwner.NewGuest();
        http.Response.Cookies.Append(Name, _cookie.Protect(owner.Key), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = "/",
            IsEssential = true,
            MaxAge = options.Value.GuestIdleExpiry,
        });
        return owner;
    }

    public void Clear(HttpContext http)
    {
        if (http.Request.Cookies.ContainsKey(Name))
            http.Response.Cookies.Delete(Name, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
    }

    /// <summary>A token naming the cart for this browser's circuit (expires in minutes; useless to anyone else's cart).</summary>
    public string CircuitToken(CartOwner owner) => _token.Protect(owner.Key, clock.GetUtcNow() + TokenLifetime);

    /// <summary>The cart a circuit token names, or null when it is missing, expired, forged or tampered with.</summary>
    public CartOwner? FromCircuitToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        try { return CartOwner.TryParse(_token.Unprotect(token, out var expires), out var owner) && expires > clock.GetUtcNow() ? owner : null; }
        catch (CryptographicException) { return null; }
    }
}
