using System.Data.Common;
using System.Globalization;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// Matches in the database, through the provider's full-text index (<see cref="ISkuSearchIndex"/>): one statement
/// returns a few small columns per matched SKU. Every matched row crosses the wire, so a broad word (10,000 matches
/// at 100,000 SKUs) costs tens of milliseconds here; <see cref="MemorySkuIndex"/> is the default for that reason.
/// This engine is the reference the in-memory one is tested against, and the choice for a catalog too large to
/// hold in memory (Search:Engine = Database).
/// </summary>
public sealed class DatabaseSkuMatcher(IDbContextFactory<ShopDbContext> contexts, ISkuSearchIndex index) : ISkuMatcher
{
    public async Task<SkuHits> MatchAsync(IReadOnlyList<SearchTerm> terms, bool partial, bool rank, CancellationToken ct = default)
    {
        var match = index.Match(terms, partial, rank);
        await using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var hits = new SkuHits(256);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = match.Sql;
            foreach (var (name, value) in match.Parameters) Add(command, name, value);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                hits.Add(new SkuHit(reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), reader.GetInt32(3), reader.GetInt32(4),
                    reader.GetDecimal(5), reader.GetInt32(6), reader.GetDateTime(7)));
            return hits;
        }
        catch
        {
            hits.Dispose();
            throw;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
