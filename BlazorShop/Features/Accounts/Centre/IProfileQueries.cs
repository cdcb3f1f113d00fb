namespace BlazorShop.Features.Accounts.Centre;

public interface IProfileQueries
{
    /// <summary>The user's profile; null when the account no longer exists.</summary>
    Task<AccountProfile?> GetAsync(long userId, CancellationToken ct = default);
}
