namespace BlazorShop.Features.Admin.Users;

/// <summary>A user in the back office's list: account, state, roles and the permissions granted to the user.</summary>
public sealed record UserRow(long Id, string UserName, string? Mobile, string? Email, DateTime CreatedAt, DateTime? LastLoginAt,
    decimal Balance, bool IsLocked, bool IsStaff, bool IsAdmin, IReadOnlyList<string> Permissions);
