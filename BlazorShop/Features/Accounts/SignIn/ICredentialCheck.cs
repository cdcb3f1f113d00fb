namespace BlazorShop.Features.Accounts.SignIn;

/// <summary>Checks a username-or-mobile and password (with lockout and equal-cost failures): what the login page needs.</summary>
public interface ICredentialCheck
{
    Task<CredentialResult> CheckAsync(string? account, string? password, string clientAddress, CancellationToken ct = default);
}
