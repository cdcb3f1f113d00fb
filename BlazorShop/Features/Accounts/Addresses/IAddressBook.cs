namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>
/// A shopper's address book (at most <see cref="Domain.Address.MaxPerUser"/>, one default). Every method takes the
/// signed-in user's id: another user's address id is simply not found. The checkout uses List/Get/Add.
/// </summary>
public interface IAddressBook
{
    /// <summary>The user's addresses, the default first.</summary>
    Task<IReadOnlyList<AddressView>> ListAsync(long userId, CancellationToken ct = default);

    /// <summary>One of the user's addresses; null when it is someone else's, deleted or unknown.</summary>
    Task<AddressView?> GetAsync(long userId, long addressId, CancellationToken ct = default);

    /// <summary>Adds an address; the user's first becomes the default.</summary>
    Task<AddressResult> AddAsync(long userId, AddressInput input, CancellationToken ct = default);

    Task<AddressResult> UpdateAsync(long userId, long addressId, AddressInput input, CancellationToken ct = default);

    Task<AddressResult> RenameAsync(long userId, long addressId, string? title, CancellationToken ct = default);

    /// <summary>Soft delete; deleting the default makes the most recently changed remaining address the default.</summary>
    Task<bool> DeleteAsync(long userId, long addressId, CancellationToken ct = default);

    Task<bool> SetDefaultAsync(long userId, long addressId, CancellationToken ct = default);
}
