using System.Data.Common;
using System.Globalization;
using System.Text;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// Search over launched SKUs' names and captions: every term must match; ranked by name-match then sales
/// (or the chosen sort); filtered and faceted by category, brand and price. Bad input gives an empty result,
/// never an exception.
/// </summary>
/// <remarks>
/// Visiting the matched rows is the expensive part of a search, so it happens once: one statement matches
/// through the index, then counts the total and the three facets and numbers the requested page in the
/// database, returning a few dozen rows. Only the page's cards are loaded afterwards.
/// </remarks>
public sealed class SearchService(IDbContextFactory<ShopDbContext> contexts, ISkuSearchIndex index, CatalogCache cache)
{
    private enum Kind { Category = 0, Brand = 1, Price = 2, Total = 3, Item = 4 }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var paging = Paging.From(request.Page, request.PageSize);
        var sort = CatalogSort.Normalize(request.Sort);
        var query = (request.Query ?? "").Trim();
        if (query.Length > SearchTokenizer.MaxQueryLength) query = query[..SearchTokenizer.MaxQueryLength];
        var terms = SearchTokenizer.ForQuery(query);
        if (terms.Count == 0) return SearchResult.Empty(query, paging, sort);

        await using var db = contexts.CreateDbContext();
        var rows = await RunAsync(db, index.Match(terms), request, sort, paging, ct);

        var pageIds = rows.Where(r => r.Kind == Kind.Item).OrderBy(r => r.Count).Select(r => r.Key).ToList();
        var cards = pageIds.Count == 0 ? [] : await db.Skus.AsNoTracking().Where(s => pageIds.Contains(s.Id))
            .Select(SkuCardModel.Projection).ToListAsync(ct);
        var items = pageIds.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<SkuCardModel>().ToList();

        var tree = await cache.GetTreeAsync();
        var categories = Facet(rows, Kind.Category).Select(r =>
            new FacetValue(r.Key.ToString(), tree.TryGetValue((int)r.Key, out var n) ? n.Name : r.Key.ToString(), (int)r.Count)).ToList();
        var brandIds = rows.Where(r => r.Kind == Kind.Brand).Select(r => (int)r.Key).ToList();
        var brandNames = brandIds.Count == 0 ? [] : await db.Brands.AsNoTracking().Where(b => brandIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var brands = Facet(rows, Kind.Brand).Select(r =>
            new FacetValue(r.Key.ToString(), brandNames.GetValueOrDefault((int)r.Key, r.Key.ToString()), (int)r.Count)).ToList();
        var prices = rows.Where(r => r.Kind == Kind.Price).OrderBy(r => r.Key).Select(r =>
            new FacetValue(PriceBuckets.All[r.Key].Key, PriceBuckets.Label(PriceBuckets.All[r.Key].Key), (int)r.Count)).ToList();
        var total = (int)(rows.FirstOrDefault(r => r.Kind == Kind.Total)?.Count ?? 0);

        return new SearchResult(query, terms, items, total, paging, sort, categories, brands, prices);
    }

    private static IEnumerable<Row> Facet(List<Row> rows, Kind kind) =>
        rows.Where(r => r.Kind == kind).OrderByDescending(r => r.Count).ThenBy(r => r.Key);

    private sealed record Row(Kind Kind, long Key, long Count);

    private static async Task<List<Row>> RunAsync(ShopDbContext db, SearchMatchSql match, SearchRequest request, string sort, Paging paging, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            var price = PriceBuckets.Parse(request.Price);
            // Each facet counts the matches with the other facets' filters applied: its numbers are what a click gives.
            var category = request.CategoryId is null ? "1=1" : "\"CategoryId\" = @cat";
            var brand = request.BrandId is null ? "1=1" : "\"BrandId\" = @brand";
            var prices = price is null ? "1=1" : price.Value.Max is null ? "\"Price\" >= @pmin" : "\"Price\" >= @pmin AND \"Price\" < @pmax";
            var all = $"{category} AND {brand} AND {prices}";
            command.CommandText = $"""
                WITH f AS (SELECT m.*, {BucketSql} AS "Bucket" FROM ({match.Sql}) m)
                SELECT 0 AS "Kind", "CategoryId" AS "Key", COUNT(*) AS "Count" FROM f WHERE {brand} AND {prices} GROUP BY "CategoryId"
                UNION ALL SELECT 1, "BrandId", COUNT(*) FROM f WHERE {category} AND {prices} GROUP BY "BrandId"
                UNION ALL SELECT 2, "Bucket", COUNT(*) FROM f WHERE {category} AND {brand} GROUP BY "Bucket"
                UNION ALL SELECT 3, 0, COUNT(*) FROM f WHERE {all}
                UNION ALL SELECT 4, "Id", "Rn" FROM (
                    SELECT "Id", ROW_NUMBER() OVER (ORDER BY {OrderSql(sort)}) AS "Rn" FROM f WHERE {all}) page
                  WHERE "Rn" > @skip AND "Rn" <= @last
                """;
            Add(command, "any", match.Any);
            Add(command, "name", match.Name);
            Add(command, "skip", (long)paging.Skip);
            Add(command, "last", (long)(paging.Skip + paging.Size));
            if (request.CategoryId is { } c) Add(command, "cat", c);
            if (request.BrandId is { } b) Add(command, "brand", b);
            if (price is { } p)
            {
                Add(command, "pmin", (double)p.Min);
                if (p.Max is { } max) Add(command, "pmax", (double)max);
            }

            var rows = new List<Row>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add(new Row((Kind)Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                    Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
            return rows;
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

    /// <summary>The price bucket as SQL, from the bucket table (constants of ours, not user input).</summary>
    private static readonly string BucketSql = BuildBucketSql();

    private static string BuildBucketSql()
    {
        var sql = new StringBuilder("CASE");
        for (var i = PriceBuckets.All.Length - 1; i > 0; i--)
            sql.Append(CultureInfo.InvariantCulture, $" WHEN \"Price\" >= {PriceBuckets.All[i].Min} THEN {i}");
        return sql.Append(" ELSE 0 END").ToString();
    }

    /// <summary>The same orders as <see cref="CatalogSort"/>; "default" is relevance: name matches first, then sales.</summary>
    private static string OrderSql(string sort) => sort switch
    {
        CatalogSort.Price => "\"Price\", \"Id\"",
        CatalogSort.Sales => "\"Sales\" DESC, \"Id\"",
        CatalogSort.Newest => "\"CreatedAt\" DESC, \"Id\" DESC",
        _ => "\"NameHit\" DESC, \"Sales\" DESC, \"Id\"",
    };
}
