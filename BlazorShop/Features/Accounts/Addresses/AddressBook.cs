using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>
/// The <see cref="IAddressBook"/> on the database. Writes run in a transaction that first touches the user's row, so
/// one user's address writes are serialised (the limit of 20 and the single default hold under parallel requests;
/// a filtered unique index backs the default).
/// </summary>
public sealed class AddressBook(IDbContextFactory<ShopDbContext> contexts, IAreaDirectory areas, TimeProvider clock) : IAddressBook
{
    public async Task<IReadOnlyList<AddressView>> ListAsync(long userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Project(db.Addresses.AsNoTracking().Where(a => a.UserId == userId && !a.IsDeleted)
            .OrderByDescending(a => a.IsDefault).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id)).ToListAsync(ct);
    }

    public async Task<AddressView?> GetAsync(long userId, long addressId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Project(db.Addresses.AsNoTracking().Where(a => a.Id == addressId && a.UserId == userId && !a.IsDeleted)).SingleOrDefaultAsync(ct);
    }

    private static IQueryable<AddressView> Project(IQueryable<Address> addresses) => addresses.Select(a => new AddressView(
        a.Id, a.Title, a.Receiver, a.ProvinceId, a.Province!.Name, a.CityId, a.City!.Name, a.DistrictId, a.District!.Name,
        a.Place, a.Mobile, a.Tel, a.Email, a.IsDefault));

    public async Task<AddressResult> AddAsync(long userId, AddressInput input, CancellationToken ct = default)
    {
        var (valid, errors) = await AddressValidator.ValidateAsync(input, areas, ct);
        if (valid is null) return new AddressResult(AddressOutcome.Invalid, Errors: errors);
        return await InUserTransactionAsync(userId, new AddressResult(AddressOutcome.NotFound), async db =>
        {
            var count = await db.Addresses.CountAsync(a => a.UserId == userId && !a.IsDeleted, ct);
            if (count >= Address.MaxPerUser) return new AddressResult(AddressOutcome.LimitReached);
            var now = clock.GetUtcNow().UtcDateTime;
            var address = new Address
            {
                UserId = userId, Title = valid.Title, Receiver = valid.Receiver, ProvinceId = valid.ProvinceId, CityId = valid.CityId,
                DistrictId = valid.DistrictId, Place = valid.Place, Mobile = valid.Mobile, Tel = valid.Tel, Email = valid.Email,
                IsDefault = count == 0, CreatedAt = now, UpdatedAt = now,
            };
            db.Addresses.Add(address);
            await db.SaveChangesAsync(ct);
            return new AddressResult(AddressOutcome.Saved, address.Id);
        }, ct);
    }

    public async Task<AddressResult> UpdateAsync(long userId, long addressId, AddressInput input, CancellationToken ct = default)
    {
        var (valid, errors) = await AddressValidator.ValidateAsync(input, areas, ct);
        if (valid is null) return new AddressResult(AddressOutcome.Invalid, addressId, errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await Owned(db, userId, addressId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Title, valid.Title).SetProperty(a => a.Receiver, valid.Receiver)
            .SetProperty(a => a.ProvinceId, valid.ProvinceId).SetProperty(a => a.CityId, valid.CityId).SetProperty(a => a.DistrictId, valid.DistrictId)
            .SetProperty(a => a.Place, valid.Place).SetProperty(a => a.Mobile, valid.Mobile)
            .SetProperty(a => a.Tel, valid.Tel).SetProperty(a => a.Email, valid.Email).SetProperty(a => a.UpdatedAt, now), ct);
        return changed == 1 ? new AddressResult(AddressOutcome.Saved, addressId) : new AddressResult(AddressOutcome.NotFound);
    }

    public async Task<AddressResult> RenameAsync(long userId, long addressId, string? title, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (clean, error) = AddressValidator.ValidateTitle(title);
        if (clean is null)
            return await Owned(db, userId, addressId).AnyAsync(ct)
                ? new AddressResult(AddressOutcome.Invalid, addressId, new Dictionary<string, string> { [nameof(AddressInput.Title)] = error! })
                : new AddressResult(AddressOutcome.NotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await Owned(db, userId, addressId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, clean).SetProperty(a => a.UpdatedAt, now), ct);
        return changed == 1 ? new AddressResult(AddressOutcome.Saved, addressId) : new AddressResult(AddressOutcome.NotFound);
    }

    public Task<bool> DeleteAsync(long userId, long addressId, CancellationToken ct = default) =>
        InUserTransactionAsync(userId, false, async db =>
        {
            var wasDefault = await Owned(db, userId, addressId).Select(a => (bool?)a.IsDefault).SingleOrDefaultAsync(ct);
            if (wasDefault is null) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            await Owned(db, userId, addressId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDeleted, true).SetProperty(a => a.IsDefault, false).SetProperty(a => a.UpdatedAt, now), ct);
            if (wasDefault.Value)
            {
                var next = await db.Addresses.Where(a => a.UserId == userId && !a.IsDeleted)
                    .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
                if (next is { } id) await db.Addresses.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, true), ct);
            }
            return true;
        }, ct);

    public Task<bool> SetDefaultAsync(long userId, long addressId, CancellationToken ct = default) =>
        InUserTransactionAsync(userId, false, async db =>
        {
            if (!await Owned(db, userId, addressId).AnyAsync(ct)) return false;
            // Clear first: the filtered unique index allows one default at a time.
            await db.Addresses.Where(a => a.UserId == userId && a.IsDefault && a.Id != addressId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, false), ct);
            await Owned(db, userId, addressId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, true), ct);
            return true;
        }, ct);

    private static IQueryable<Address> Owned(ShopDbContext db, long userId, long addressId) =>
        db.Addresses.Where(a => a.Id == addressId && a.UserId == userId && !a.IsDeleted);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that first writes the user's row (no change), which holds other
    /// writers of this user's addresses until commit; retried as a unit where the provider retries. When the user
    /// does not exist, nothing runs and <paramref name="missingUser"/> is the answer.
    /// </summary>
    private async Task<T> InUserTransactionAsync<T>(long userId, T missingUser, Func<ShopDbContext, Task<T>> work, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var touched = await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), ct);
            if (touched == 0) return missingUser;
            var result = await work(db);
            await tx.CommitAsync(ct);
            return result;
        });
    }
}
