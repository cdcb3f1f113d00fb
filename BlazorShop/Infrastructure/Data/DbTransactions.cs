using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BlazorShop.Infrastructure.Data;

/// <summary>Runs a unit of work in a transaction the way both providers accept (PostgreSQL's retrying strategy wants
/// the whole unit inside <c>CreateExecutionStrategy().ExecuteAsync</c>).</summary>
public static class DbTransactions
{
    /// <summary>
    /// Begins a transaction and runs <paramref name="work"/>, which commits it when its work should stand (anything not
    /// committed is rolled back). On a transient failure (connection lost, deadlock victim) the whole unit runs again
    /// on a clean context, so <paramref name="work"/> must read what it needs inside.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this ShopDbContext db, Func<IDbContextTransaction, Task<T>> work, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            return await work(tx);
        });
}
