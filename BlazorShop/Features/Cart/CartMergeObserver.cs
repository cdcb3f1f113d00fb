using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Cart;

/// <summary>
/// On every sign-in: the guest cart of this browser merges into the user's (guest count and selection win for a SKU
/// in both), the guest cart is deleted and its cookie cleared.
/// </summary>
public sealed class CartMergeObserver(GuestCartCookie cookies, CartService carts) : ISignInObserver
{
    public async Task OnSignedInAsync(HttpContext http, long userId, CancellationToken ct)
    {
        if (cookies.ReadGuest(http) is { } guest) await carts.MergeAsync(guest, CartOwner.User(userId), ct);
        cookies.Clear(http);
    }
}
