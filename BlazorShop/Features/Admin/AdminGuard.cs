using System.Security.Claims;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace BlazorShop.Features.Admin;

/// <summary>
/// Every back-office service method starts here: the caller's principal is checked against the method's policy with
/// the same <see cref="IAuthorizationService"/> the pages use, so hiding a menu item is never the only defence.
/// </summary>
public sealed class AdminGuard(IAuthorizationService authorization)
{
    /// <summary>Throws <see cref="AdminAccessDeniedException"/> unless the user meets the policy; returns the user's id.</summary>
    public async Task<long> DemandAsync(ClaimsPrincipal user, string policy)
    {
        var result = await authorization.AuthorizeAsync(user, policy);
        if (!result.Succeeded || user.UserId() is not { } id) throw new AdminAccessDeniedException(policy);
        return id;
    }

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
