namespace BlazorShop.Infrastructure.Security;

/// <summary>
/// Work that must happen when a person signs in by any route (password, mobile, QQ, right after registering),
/// before the response that carries the new auth cookie goes out — e.g. the cart merging the guest cart into the
/// user's. Features register implementations; the sign-in code calls every registered observer.
/// </summary>
public interface ISignInObserver
{
    Task OnSignedInAsync(HttpContext http, long userId, CancellationToken ct);
}
