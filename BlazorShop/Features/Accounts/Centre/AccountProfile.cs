namespace BlazorShop.Features.Accounts.Centre;

/// <summary>What the user centre shows about the signed-in shopper.</summary>
public sealed record AccountProfile(long Id, string UserName, string? Mobile, string? Email, bool EmailConfirmed, decimal Balance, string? AvatarKey);
