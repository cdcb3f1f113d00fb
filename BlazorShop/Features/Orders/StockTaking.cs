using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using BlazorShop.Shared.Live;
using Npgsql;

namespace BlazorShop.Features.Orders;

/// <summary>
/// The hot step of placing an order, and its commit: for each line take <c>n</c> of the SKU if it is on sale and has
/// them (counting the sale on the SKU and its product), then commit — or roll everything back if any line can't be had.
/// A hot SKU's row lock is held from its UPDATE until the commit. On PostgreSQL the updates and the COMMIT go to the
/// server as one batch (one round trip), so no client work — thread-pool queueing under load included — ever sits
/// inside that window: a line that can't be had makes its statement fail (a division by zero on "no row taken"),
/// which aborts the batch before the COMMIT. SQLite writes one at a time anyway and gets plain conditional updates.
/// </summary>
public static class StockTaking
{
    private const string NothingTaken = "22012"; // division_by_zero, raised on purpose below

    /// <summary>
    /// The SKUs' new state (for the live pages) when every line was taken and the transaction committed; null when it
    /// was rolled back.
    /// </summary>
    public static async Task<IReadOnlyList<SkuChanged>?> TakeAllAndCommitAsync(ShopDbContext db, IDbContextTransaction tx,
        IReadOnlyList<SettlementLine> lines, CancellationToken ct)
    {
        var ordered = lines.OrderBy(l => l.SkuId).ToList(); // one order everywhere: no two orders wait in a circle
        if (db is PostgresShopDbContext pg)
            return await TakeOnPostgresAsync(pg.Connection, tx, ordered, ct);
        foreach (var line in ordered)
        {
            var rows = await db.Skus.Where(s => s.Id == line.SkuId && s.IsLaunched && s.Stock >= line.Count)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(k => k.Stock, k => k.Stock - line.Count)
                    .SetProperty(k => k.Sales, k => k.Sales + line.Count)
                    .SetProperty(k => k.RowVersion, k => k.RowVersion + 1), ct);
            if (rows != 1)
            {
                await tx.RollbackAsync(ct);
                return null;
            }
            await db.Spus.Where(p => p.Id == line.SpuId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sales, p => p.Sales + line.Count), ct);
        }
        var changed = await OrderStock.ChangesAsync(db, [.. ordered.Select(l => l.SkuId)], ct);
        await tx.CommitAsync(ct);
        return changed;
    }

    private static async Task<IReadOnlyList<SkuChanged>?> TakeOnPostgresAsync(NpgsqlConnection connection, IDbContextTransaction tx,
        List<SettlementLine> lines, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)tx.GetDbTransaction());
        foreach (var take in TakeCommands(lines)) batch.BatchCommands.Add(take);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(ct);
            // Once read through, the server has committed and Npgsql saw it (disposing the transaction is a no-op).
            return await ReadTakenAsync(reader, ct);
        }
        catch (PostgresException e) when (e.SqlState == NothingTaken)
        {
            await tx.RollbackAsync(ct);
            return null;
        }
    }

    /// <summary>
    /// One statement per line (in SKU id order): take the stock and count the sale on SKU and SPU, or fail with
    /// <see cref="IsNothingTaken"/> so the rest of the batch, its COMMIT included, never runs. Each returns the SKU's new state.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> TakeCommands(IEnumerable<SettlementLine> lines)
    {
        foreach (var line in lines.OrderBy(l => l.SkuId))
        {
            var take = new NpgsqlBatchCommand("""
                WITH sku AS (
                    UPDATE "Skus" SET "Stock" = "Stock" - @n, "Sales" = "Sales" + @n, "RowVersion" = "RowVersion" + 1
                    WHERE "Id" = @sku AND "IsLaunched" AND "Stock" >= @n
                    RETURNING "Id", "SpuId", "Price", "Stock", "IsLaunched"),
                spu AS (UPDATE "Spus" SET "Sales" = "Sales" + @n WHERE "Id" IN (SELECT "SpuId" FROM sku) RETURNING 1)
                SELECT 1 / (SELECT count(*)::int FROM sku), (SELECT count(*) FROM spu), sku."Id", sku."Price", sku."Stock", sku."IsLaunched"
                FROM (SELECT 1) AS one LEFT JOIN sku ON true
                """);
            take.Parameters.AddWithValue("n", line.Count);
            take.Parameters.AddWithValue("sku", line.SkuId);
            yield return take;
        }
    }

    /// <summary>Whether a batch failed because a line could not be had.</summary>
    public static bool IsNothingTaken(PostgresException e) => e.SqlState == NothingTaken;

    /// <summary>Reads the SKUs' new state from the rest of a batch whose current result set is the first taking statement's.</summary>
    public static async Task<IReadOnlyList<SkuChanged>> ReadTakenAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var changed = new List<SkuChanged>();
        do
        {
            while (await reader.ReadAsync(ct))
                if (reader.FieldCount == 6)
                    changed.Add(new SkuChanged(reader.GetInt64(2), reader.GetDecimal(3), reader.GetInt32(4), reader.GetBoolean(5)));
        }
        while (await reader.NextResultAsync(ct));
        return changed;
    }
}
