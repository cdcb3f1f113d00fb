using BlazorShop.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Cart;

/// <summary>A tile's "add to cart" (quantity 1) for this circuit's cart; a guest gets a cart on the first add.</summary>
public sealed class CartQuickAdd(CartService carts, CartSession session, IStringLocalizer<SharedResource> L) : ICartQuickAdd
{
    public async Task<string> AddOneAsync(Task<AuthenticationState>? auth, long skuId)
    {
        if (await session.ResolveAsync(auth, create: true) is not { } owner) return L["NotAvailableNow"];
        var result = await carts.AddAsync(owner, skuId, 1);
        return CartText.Of(L, result.Outcome, result.Limit);
    }
}
