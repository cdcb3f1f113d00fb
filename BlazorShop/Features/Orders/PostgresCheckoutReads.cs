using BlazorShop.Features.Accounts.Addresses;
using Npgsql;
using NpgsqlTypes;

namespace BlazorShop.Features.Orders;

/// <summary>
/// PostgreSQL: what placing an order reads before its transaction — an earlier order of the same submission, the
/// shopper's address (theirs, not deleted, with its area names) and the SKUs at today's prices — in ONE round trip on
/// the connection the order is then placed on. The same rows the general path reads with EF
/// (<see cref="AddressBook"/>'s projection, <see cref="CheckoutService"/>'s lines without specs); under a checkout
/// rush the client's work per order is what the hot row waits for, so it is kept to two batches.
/// </summary>
public static class PostgresCheckoutReads
{
    private const string EarlierSql = """SELECT "Id" FROM "Orders" WHERE "UserId" = $1 AND "CheckoutToken" = $2 LIMIT 1""";

    private const string AddressSql = """
        SELECT a."Id", a."Title", a."Receiver", a."ProvinceId", p."Name", a."CityId", c."Name", a."DistrictId", d."Name",
               a."Place", a."Mobile", a."Tel", a."Email", a."IsDefault"
        FROM "Addresses" a
        JOIN "Areas" p ON p."Id" = a."ProvinceId" JOIN "Areas" c ON c."Id" = a."CityId" JOIN "Areas" d ON d."Id" = a."DistrictId"
        WHERE a."Id" = $1 AND a."UserId" = $2 AND NOT a."IsDeleted"
        """;

    private const string SkusSql = """
        SELECT "Id", "SpuId", "Name", "NameEn", "DefaultImage", "Price", "Stock", "IsLaunched" FROM "Skus" WHERE "Id" = ANY($1)
        """;

    public static async Task<CheckoutReads> ReadAsync(NpgsqlConnection connection, long userId, string? token, long addressId,
        IReadOnlyList<CheckoutLine> wanted, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        if (token is not null)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(EarlierSql) { Parameters = { new() { Value = userId }, new() { Value = token } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(AddressSql) { Parameters = { new() { Value = addressId }, new() { Value = userId } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(SkusSql)
        {
            Parameters = { new() { Value = wanted.Select(l => l.SkuId).Distinct().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint } },
        });

        await using var reader = await batch.ExecuteReaderAsync(ct);
        string? earlier = null;
        if (token is not null)
        {
            if (await reader.ReadAsync(ct)) earlier = reader.GetString(0);
            await reader.NextResultAsync(ct);
        }
        AddressView? address = null;
        if (await reader.ReadAsync(ct))
            address = new AddressView(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), reader.GetInt32(7), reader.GetString(8), reader.GetString(9), reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetString(12), reader.GetBoolean(13));
        await reader.NextResultAsync(ct);
        var skus = new Dictionary<long, SettlementLine>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt64(0);
            skus[id] = new SettlementLine(id, reader.GetString(2), reader.IsDBNull(4) ? null : reader.GetString(4), "", reader.GetDecimal(5), 0,
                reader.GetInt32(6), reader.GetBoolean(7)) { SpuId = reader.GetInt64(1), NameEn = reader.IsDBNull(3) ? null : reader.GetString(3) };
        }
        return new CheckoutReads(earlier, address, [.. wanted.Where(w => skus.ContainsKey(w.SkuId)).Select(w => skus[w.SkuId] with { Count = w.Count })]);
    }
}
