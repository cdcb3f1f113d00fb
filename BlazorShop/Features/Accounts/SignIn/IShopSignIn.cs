using BlazorShop.Domain;

namespace BlazorShop.Features.Accounts.SignIn;

/// <summary>Starts a session (auth cookie, login record, sign-in observers), whatever the route.</summary>
public interface IShopSignIn
{
    Task SignInAsync(HttpContext http, ShopUser user, bool persistent, string method, CancellationToken ct = default);
}
