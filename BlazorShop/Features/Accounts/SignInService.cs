using BlazorShop.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts;

/// <summary>Signs in with a username OR a mobile number; failures count toward lockout.</summary>
public sealed class SignInService(UserManager<ShopUser> users, SignInManager<ShopUser> signIn)
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
        user.LastLoginAt = DateTime.UtcNow;
        await users.UpdateAsync(user);
        return SignInOutcome.Success;
    }
}
