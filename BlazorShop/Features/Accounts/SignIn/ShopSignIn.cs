using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.SignIn;

/// <summary>
/// The one place a session starts, whatever the route (password, right after registering, QQ): issues the auth
/// cookie, records the login, then calls every <see cref="ISignInObserver"/> (e.g. the cart merging the guest cart)
/// — after the cookie is on the response, before the response goes out.
/// </summary>
public sealed class ShopSignIn(
    SignInManager<ShopUser> signInManager, IEnumerable<ISignInObserver> observers, IDbContextFactory<ShopDbContext> dbFactory,
    TimeProvider time, ILogger<ShopSignIn> logger) : IShopSignIn
{
    public const string Password = "pwd", Registered = "register", Qq = "qq";

    public async Task SignInAsync(HttpContext http, ShopUser user, bool persistent, string method, CancellationToken ct = default)
    {
        await signInManager.SignInAsync(user, persistent, method);
        var now = time.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LastLoginAt, now).SetProperty(u => u.AccessFailedCount, 0), ct);
        foreach (var observer in observers) await observer.OnSignedInAsync(http, user.Id, ct);
        logger.LogInformation("User {UserId} signed in ({Method})", user.Id, method);
    }
}
