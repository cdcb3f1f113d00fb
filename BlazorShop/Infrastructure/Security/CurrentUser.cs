using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorShop.Infrastructure.Security;

/// <summary>The signed-in shopper's user id, the one way every page, island and endpoint reads it.</summary>
public static class CurrentUser
{
    /// <summary>The user id, or null for a guest.</summary>
    public static long? UserId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The user id from a component's cascading authentication state, or null for a guest.</summary>
    public static async Task<long?> UserIdAsync(this Task<AuthenticationState>? state) =>
        state is null ? null : (await state).User.UserId();
}
