using BlazorShop.Domain;
using Microsoft.AspNetCore.Authorization;

namespace BlazorShop.Features.Admin;

/// <summary>
/// The back office's authorization policies: one per permission (Admin, or Staff holding that permission claim), one
/// for the back office as a whole (Admin or Staff) and one for Admins only (audit log, roles).
/// </summary>
public static class AdminPolicies
{
    /// <summary>Admin or Staff: the dashboard and the menu.</summary>
    public const string Access = "admin";
    /// <summary>The Admin role only (audit log, granting roles and permissions).</summary>
    public const string AdminOnly = "admin:admins";
    public const string Goods = "admin:" + Permissions.Catalog;
    public const string Orders = "admin:" + Permissions.Orders;
    public const string Users = "admin:" + Permissions.Users;
    public const string Content = "admin:" + Permissions.Content;
    public const string Finance = "admin:" + Permissions.Recharges;
    public const string Reviews = "admin:" + Permissions.Reviews;

    public static string For(string permission) => "admin:" + permission;

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Access, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(null)));
        options.AddPolicy(AdminOnly, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        foreach (var permission in Permissions.All)
            options.AddPolicy(For(permission), p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
    }
}
