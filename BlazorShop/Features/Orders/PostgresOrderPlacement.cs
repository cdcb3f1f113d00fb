using BlazorShop.Domain;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace BlazorShop.Features.Orders;

/// <summary>
/// PostgreSQL: the whole placing transaction of an order paid on delivery or by Alipay in ONE round trip — a batch of
/// the user's row lock, the order (its id after the user's latest one, read after the lock), its lines and first
/// timeline step, then <see cref="StockTaking"/>'s conditional takes and the COMMIT. A statement that fails (a line that
/// can't be had, a duplicate id or submission) aborts the batch before the COMMIT. The same rows as the general path
/// (<see cref="CheckoutService"/> with EF), only without the client between the statements.
/// </summary>
public static class PostgresOrderPlacement
{
    private const string Insert = """
        WITH last AS (SELECT max("Id") AS id FROM "Orders" WHERE "UserId" = @user),
        new_id AS (
            SELECT CASE WHEN last.id IS NOT NULL AND left(last.id, 14) >= @stamp
                        THEN to_char(to_timestamp(left(last.id, 14), 'YYYYMMDDHH24MISS') + interval '1 second', 'YYYYMMDDHH24MISS')
                        ELSE @stamp END || @suffix AS id
            FROM last),
        o AS (
            INSERT INTO "Orders" ("Id", "UserId", "CheckoutToken", "Receiver", "Province", "City", "District", "Place", "Mobile",
                "TotalCount", "TotalAmount", "Freight", "PayMethod", "Status", "CreatedAt", "UpdatedAt", "ExpiresAt", "RowVersion")
            SELECT new_id.id, @user, @token, @receiver, @province, @city, @district, @place, @mobile,
                @count, @amount, @freight, @pay, @status, @now, @now, @expires, 0
            FROM new_id
            RETURNING "Id"),
        l AS (
            INSERT INTO "OrderLines" ("OrderId", "SkuId", "SkuName", "Image", "Count", "Price", "IsAnonymous", "IsCommented", "IsReviewHidden")
            SELECT o."Id", x.sku, x.name, x.image, x.n, x.price, false, false, false
            FROM o CROSS JOIN unnest(@skus, @names, @images, @counts, @prices) WITH ORDINALITY AS x(sku, name, image, n, price, i)
            ORDER BY x.i),
        h AS (
            INSERT INTO "OrderStatusChanges" ("OrderId", "From", "To", "Reason", "ActorId", "At")
            SELECT o."Id", NULL, @status, @reason, @user, @now FROM o)
        SELECT "Id" FROM o
        """;

    /// <summary>
    /// Places <paramref name="order"/> (built with a candidate id: the placing second and the user's suffix). Returns the
    /// order id and the SKUs' new state; null id and null changes when a line can't be had (rolled back); throws the
    /// unique violation (<c>23505</c>) of a duplicate submission as the general path does.
    /// </summary>
    public static async Task<(string? OrderId, IReadOnlyList<SkuChanged>? Changed)> PlaceAsync(
        NpgsqlConnection connection, IDbContextTransaction tx, Order order, IReadOnlyList<SettlementLine> lines, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)tx.GetDbTransaction());
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""SELECT 1 FROM "AspNetUsers" WHERE "Id" = @user FOR UPDATE""")
        {
            Parameters = { new("user", order.UserId) },
        });
        var first = order.History[0];
        var insert = new NpgsqlBatchCommand(Insert);
        var p = insert.Parameters;
        p.AddWithValue("user", order.UserId);
        p.AddWithValue("stamp", order.Id[..14]);
        p.AddWithValue("suffix", order.Id[14..]);
        p.Add(new NpgsqlParameter("token", NpgsqlDbType.Text) { Value = (object?)order.CheckoutToken ?? DBNull.Value });
        p.AddWithValue("receiver", order.Receiver);
        p.AddWithValue("province", order.Province);
        p.AddWithValue("city", order.City);
        p.AddWithValue("district", order.District);
        p.AddWithValue("place", order.Place);
        p.AddWithValue("mobile", order.Mobile);
        p.AddWithValue("count", order.TotalCount);
        p.AddWithValue("amount", order.TotalAmount);
        p.AddWithValue("freight", order.Freight);
        p.AddWithValue("pay", (int)order.PayMethod);
        p.AddWithValue("status", (int)order.Status);
        p.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = order.CreatedAt });
        p.Add(new NpgsqlParameter("expires", NpgsqlDbType.TimestampTz) { Value = (object?)order.ExpiresAt ?? DBNull.Value });
        p.AddWithValue("reason", first.Reason);
        p.Add(new NpgsqlParameter("skus", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = order.Lines.Select(l => l.SkuId).ToArray() });
        p.Add(new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = order.Lines.Select(l => l.SkuName).ToArray() });
        p.Add(new NpgsqlParameter("images", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = order.Lines.Select(l => l.Image).ToArray() });
        p.Add(new NpgsqlParameter("counts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = order.Lines.Select(l => l.Count).ToArray() });
        p.Add(new NpgsqlParameter("prices", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = order.Lines.Select(l => l.Price).ToArray() });
        batch.BatchCommands.Add(insert);
        foreach (var take in StockTaking.TakeCommands(lines)) batch.BatchCommands.Add(take);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));

        try
        {
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);              // past the lock
            await reader.ReadAsync(ct);
            var id = reader.GetString(0);
            await reader.NextResultAsync(ct);              // the first take
            var changed = await StockTaking.ReadTakenAsync(reader, ct);
            return (id, changed);
        }
        catch (PostgresException e) when (StockTaking.IsNothingTaken(e))
        {
            await tx.RollbackAsync(ct);
            return (null, null);
        }
    }
}
