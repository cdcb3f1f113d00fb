using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorShop.Shared;

/// <summary>
/// "Add one to the cart" for product tiles (the cart feature implements it; shared tiles don't depend on the feature).
/// Returns what to tell the shopper.
/// </summary>
public interface ICartQuickAdd
{
    Task<string> AddOneAsync(Task<AuthenticationState>? auth, long skuId);
}
