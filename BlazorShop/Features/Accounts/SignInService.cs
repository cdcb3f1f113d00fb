using BlazorShop.Domain;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts;

/// <summary>Signs in with a username OR a mobile number; failures count toward lockout.</summary>
public sealed class SignInService(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, TimeProvider clock,
    IEnumerable<ISignInObserver> observers, IHttpContextAccessor http)
{
    public async Task<SignInOutcome> SignInAsync(string account, string password, bool remember)
    {
        account = account.Trim();
        var user = await users.FindByNameAsync(account)
                   ?? await users.Users.FirstOrDefaultAsync(u => u.Mobile == account);
        if (user is null) return SignInOutcome.Failed;
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsLockedOut) return SignInOutcome.LockedOut;
        if (!result.Succeeded) return SignInOutcome.Failed;
        user.LastLoginAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await NotifyObserversAsync(user.Id);
        return SignInOutcome.Success;
    }

    /// <summary>
    /// Every <see cref="ISignInObserver"/> (the cart merge) runs before the response with the auth cookie goes out.
    /// The one place sign-in routes call them until the accounts work wires every route.
    /// </summary>
    private async Task NotifyObserversAsync(long userId)
    {
        if (http.HttpContext is not { } context) return;
        foreach (var observer in observers) await observer.OnSignedInAsync(context, userId, context.RequestAborted);
    }
}
