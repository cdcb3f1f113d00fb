using Microsoft.AspNetCore.Authorization;

namespace BlazorShop.Features.Admin;

/// <summary>Admin, or Staff holding <see cref="Permission"/> (null: any Staff member).</summary>
public sealed record PermissionRequirement(string? Permission) : IAuthorizationRequirement;
