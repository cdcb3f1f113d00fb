using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.Centre;

public sealed class ProfileQueries(IDbContextFactory<ShopDbContext> contexts) : IProfileQueries
{
    public async Task<AccountProfile?> GetAsync(long userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new AccountProfile(u.Id, u.UserName ?? "", u.Mobile, u.Email, u.EmailConfirmed, u.Balance, u.AvatarKey))
            .SingleOrDefaultAsync(ct);
    }
}
