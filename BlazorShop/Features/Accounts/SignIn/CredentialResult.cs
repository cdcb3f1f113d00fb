using BlazorShop.Domain;

namespace BlazorShop.Features.Accounts.SignIn;

/// <summary>The verdict on an account name and password; <see cref="User"/> only on success.</summary>
public sealed record CredentialResult(SignInOutcome Outcome, ShopUser? User = null);
