using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Cart;

/// <summary>
/// Carts in the database (the embedded default): users' lines in <c>CartItems</c>, guests' in <c>GuestCartItems</c>,
/// one row per (cart, SKU) under a unique index. An add is one conditional upsert (<c>INSERT … ON CONFLICT DO
/// UPDATE SET Count = min(Count + n, limit)</c>, the same SQL on SQLite and PostgreSQL), so two tabs adding the same
/// SKU at once give the exact sum. A guest cart untouched for <see cref="CartOptions.GuestIdleExpiry"/> is dropped
/// when it is next read.
/// </summary>
public sealed class DatabaseCartStore(IDbContextFactory<ShopDbContext> contexts, TimeProvider clock, IOptions<CartOptions> options) : ICartStore
{
    // Table and column names are constants chosen by the kind of cart, never input.
    private static (string Table, string Owner, object Id) Target(CartOwner cart) =>
        cart.IsGuest ? ("\"GuestCartItems\"", "\"GuestId\"", cart.GuestId!) : ("\"CartItems\"", "\"UserId\"", cart.UserId!.Value);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<CartLine>> GetAsync(CartOwner cart, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        if (cart.IsGuest)
        {
            await DropIfIdleAsync(db, cart.GuestId!, ct);
            return await db.GuestCartItems.AsNoTracking().Where(c => c.GuestId == cart.GuestId).OrderBy(c => c.Id)
                .Select(c => new CartLine(c.SkuId, c.Count, c.Selected)).ToListAsync(ct);
        }
        return await db.CartItems.AsNoTracking().Where(c => c.UserId == cart.UserId).OrderBy(c => c.Id)
            .Select(c => new CartLine(c.SkuId, c.Count, c.Selected)).ToListAsync(ct);
    }

    public async Task<CartAddResult> AddAsync(CartOwner cart, long skuId, int count, int limit, int maxLines, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        if (cart.IsGuest) await DropIfIdleAsync(db, cart.GuestId!, ct);
        var (table, owner, id) = Target(cart);
        // Only to word the message ("capped"): the count itself comes from the atomic upsert below.
        var statement = $"SELECT \"Count\" AS \"Value\" FROM {table} WHERE {owner} = {{0}} AND \"SkuId\" = {{1}}";
        var before = await db.Database.SqlQueryRaw<int>(statement, id, skuId)
            .ToListAsync(ct);
        var sql = $$"""
            INSERT INTO {{table}} ({{owner}}, "SkuId", "Count", "Selected", "UpdatedAt")
            SELECT {0}, {1}, {2}, {3}, {4}
            WHERE EXISTS (SELECT 1 FROM {{table}} WHERE {{owner}} = {0} AND "SkuId" = {1})
               OR (SELECT COUNT(*) FROM {{table}} WHERE {{owner}} = {0}) < {5}
            ON CONFLICT ({{owner}}, "SkuId") DO UPDATE SET
                "Count" = CASE WHEN {{table}}."Count" + {6} > {7} THEN {7} ELSE {{table}}."Count" + {6} END,
                "Selected" = {3}, "UpdatedAt" = {4}
            RETURNING "Count" AS "Value"
            """;
        var result = await db.Database.SqlQueryRaw<int>(sql, id, skuId, Math.Min(count, limit), true, Now, maxLines, count, limit).ToListAsync(ct);
        if (result.Count == 0) return new CartAddResult(0, false, TooManyLines: true);
        return new CartAddResult(result[0], (before.FirstOrDefault()) + count > limit, false);
    }

    public async Task<bool> SetCountAsync(CartOwner cart, long skuId, int count, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var (table, owner, id) = Target(cart);
        var statement = $"UPDATE {table} SET \"Count\" = {{0}}, \"UpdatedAt\" = {{1}} WHERE {owner} = {{2}} AND \"SkuId\" = {{3}}";
        return await db.Database.ExecuteSqlRawAsync(statement, [count, Now, id, skuId], ct) > 0;
    }

    public async Task SelectAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, bool selected, CancellationToken ct = default)
    {
        if (skuIds.Count == 0) return;
        await using var db = contexts.CreateDbContext();
        var (table, owner, id) = Target(cart);
        var (list, args) = InList(skuIds, 3);
        var statement = $"UPDATE {table} SET \"Selected\" = {{0}}, \"UpdatedAt\" = {{1}} WHERE {owner} = {{2}} AND \"SkuId\" IN ({list})";
        await db.Database.ExecuteSqlRawAsync(statement, [selected, Now, id, .. args], ct);
    }

    public async Task RemoveAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, CancellationToken ct = default)
    {
        if (skuIds.Count == 0) return;
        await using var db = contexts.CreateDbContext();
        var (table, owner, id) = Target(cart);
        var (list, args) = InList(skuIds, 1);
        var statement = $"DELETE FROM {table} WHERE {owner} = {{0}} AND \"SkuId\" IN ({list})";
        await db.Database.ExecuteSqlRawAsync(statement, [id, .. args], ct);
    }

    public async Task<int> MergeAsync(CartOwner guest, CartOwner user, int maxLines, CancellationToken ct = default)
    {
        if (!guest.IsGuest || user.IsGuest) throw new ArgumentException("merge goes from a guest cart to a user's");
        await using var db = contexts.CreateDbContext();
        await DropIfIdleAsync(db, guest.GuestId!, ct);
        // One transaction, retried as a whole by the provider's execution strategy (PostgreSQL retries transient faults).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var lines = await db.GuestCartItems.Where(c => c.GuestId == guest.GuestId).OrderBy(c => c.Id)
                .Select(c => new CartLine(c.SkuId, c.Count, c.Selected)).ToListAsync(ct);
            var moved = 0;
            foreach (var line in lines)
            {
                // The guest's count and selection win for a SKU in both carts.
                moved += await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "CartItems" ("UserId", "SkuId", "Count", "Selected", "UpdatedAt")
                    SELECT {0}, {1}, {2}, {3}, {4}
                    WHERE EXISTS (SELECT 1 FROM "CartItems" WHERE "UserId" = {0} AND "SkuId" = {1})
                       OR (SELECT COUNT(*) FROM "CartItems" WHERE "UserId" = {0}) < {5}
                    ON CONFLICT ("UserId", "SkuId") DO UPDATE SET "Count" = {2}, "Selected" = {3}, "UpdatedAt" = {4}
                    """, [user.UserId!.Value, line.SkuId, line.Count, line.Selected, Now, maxLines], ct);
            }
            await db.GuestCartItems.Where(c => c.GuestId == guest.GuestId).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            return moved;
        });
    }

    public async Task DeleteAsync(CartOwner cart, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var (table, owner, id) = Target(cart);
        var statement = $"DELETE FROM {table} WHERE {owner} = {{0}}";
        await db.Database.ExecuteSqlRawAsync(statement, [id], ct);
    }

    /// <summary>Deletes every guest cart nobody changed within the idle expiry; returns the lines deleted.</summary>
    public async Task<int> DeleteIdleGuestCartsAsync(CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var cutoff = Now - options.Value.GuestIdleExpiry;
        return await db.GuestCartItems
            .Where(c => !db.GuestCartItems.Any(o => o.GuestId == c.GuestId && o.UpdatedAt >= cutoff))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>A guest cart nobody changed within the idle expiry is gone (as its Redis keys would have expired).</summary>
    private async Task DropIfIdleAsync(ShopDbContext db, string guestId, CancellationToken ct)
    {
        var cutoff = Now - options.Value.GuestIdleExpiry;
        await db.GuestCartItems
            .Where(c => c.GuestId == guestId && !db.GuestCartItems.Any(o => o.GuestId == guestId && o.UpdatedAt >= cutoff))
            .ExecuteDeleteAsync(ct);
    }

    private static (string List, object[] Args) InList(IReadOnlyCollection<long> ids, int firstIndex)
    {
        var distinct = ids.Distinct().ToArray();
        return (string.Join(", ", distinct.Select((_, i) => "{" + (firstIndex + i) + "}")), distinct.Cast<object>().ToArray());
    }
}
