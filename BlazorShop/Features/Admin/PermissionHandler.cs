using System.Security.Claims;
using BlazorShop.Domain;
using Microsoft.AspNetCore.Authorization;

namespace BlazorShop.Features.Admin;

/// <summary>
/// Admin implies every permission; Staff have the permissions granted as claims (of the Staff role, or their own).
/// A permission claim without the Staff role grants nothing (a former staff member keeps no access).
/// </summary>
public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (Allows(context.User, requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    public static bool Allows(ClaimsPrincipal user, string? permission)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (user.IsInRole(Roles.Admin)) return true;
        if (!user.IsInRole(Roles.Staff)) return false;
        return permission is null || user.HasClaim(Permissions.ClaimType, permission);
    }
}
