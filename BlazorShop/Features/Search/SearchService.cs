using System.Data.Common;
using System.Globalization;
using System.Text;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Search;

/// <summary>
/// Search over launched SKUs: name, SPU name, brand, category path, spec values and caption. Every term must match;
/// when none matches all, the SKUs matching the most terms are shown instead (<see cref="SearchResult.IsPartial"/>),
/// and when nothing matches at all the result carries suggestions. Relevance: most terms matched, then a SKU of the
/// brand and the category the query names, then the best field every term hit (name › brand/category › spec
/// values › caption), then sales. Filtered and faceted by category, brand and price. Bad input gives an empty
/// result, never an exception.
/// </summary>
/// <remarks>
/// Visiting the matched rows is the expensive part of a search, so it happens once: one statement matches
/// through the index, then counts the total and the three facets and numbers the requested page in the
/// database, returning a few dozen rows. Only the page's cards are loaded afterwards.
/// </remarks>
public sealed class SearchService(IDbContextFactory<ShopDbContext> contexts, ISkuSearchIndex index, CatalogCache cache,
    SearchSynonyms synonyms)
{
    private enum Kind { Category = 0, Brand = 1, Price = 2, Total = 3, Item = 4 }

    public const int SuggestedCategoryCount = 6;
    public const int HotSellerCount = 8;

    /// <summary>What the query side knows about the catalog (brands, categories, their pinyin), cached with the catalog.</summary>
    public Task<SearchVocabulary> GetVocabularyAsync() => cache.GetOrLoadAsync("search:vocabulary", async db =>
    {
        var brands = await db.Brands.AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync();
        var tree = await cache.GetTreeAsync();
        return new SearchVocabulary(synonyms, brands.Select(b => (b.Id, b.Name)), tree.Values);
    });

    public async Task<IReadOnlyList<SearchTerm>> ParseAsync(string? query) => SearchTokenizer.ForQuery(query, await GetVocabularyAsync());

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var paging = Paging.From(request.Page, request.PageSize);
        var sort = CatalogSort.Normalize(request.Sort);
        var query = (request.Query ?? "").Trim();
        if (query.Length > SearchTokenizer.MaxQueryLength) query = query[..SearchTokenizer.MaxQueryLength];
        var vocabulary = await GetVocabularyAsync();
        var terms = SearchTokenizer.ForQuery(query, vocabulary);
        if (terms.Count == 0) return SearchResult.Empty(query, paging, sort);

        var intent = Intent(terms, vocabulary);
        await using var db = contexts.CreateDbContext();
        var partial = false;
        var relevance = sort == CatalogSort.Default;
        var rows = await RunAsync(db, index.Match(terms, rank: relevance), 0, intent, request, sort, paging, ct);
        // Nothing matches every term: first let short Chinese words match character by character (男鞋 finds
        // 男子…跑步鞋), then the SKUs matching the most terms, if that is at least half of the terms;
        // a lone character (机, 黑) is too weak to stand for a match on its own and is left out of the fallback.
        var strong = terms.Where(t => t.Alternatives.Any(a => a.Count > 1 || !a[0].Prefix || !IsCjkChar(a[0].Text))).ToList();
        if (!rows.Any(r => r.Kind == Kind.Total && r.Count > 0) && Loosen(terms) is { } loose)
        {
            rows = await RunAsync(db, index.Match(loose, rank: relevance), 0, intent, request, sort, paging, ct);
            partial = true;
        }
        if (!rows.Any(r => r.Kind == Kind.Total && r.Count > 0) && terms.Count > 1 && strong.Count > 0)
        {
            partial = true;
            var minimum = (terms.Count + 1) / 2;
            rows = await RunAsync(db, index.Match(strong, partial: true, rank: relevance), minimum, intent, request, sort, paging, ct);
        }

        var pageIds = rows.Where(r => r.Kind == Kind.Item).OrderBy(r => r.Count).Select(r => r.Key).ToList();
        var cards = pageIds.Count == 0 ? [] : await db.Skus.AsNoTracking().Where(s => pageIds.Contains(s.Id))
            .Select(SkuCardModel.Projection).ToListAsync(ct);
        var items = pageIds.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<SkuCardModel>().ToList();

        var tree = await cache.GetTreeAsync();
        var categories = Facet(rows, Kind.Category).Select(r =>
            new FacetValue(r.Key.ToString(CultureInfo.InvariantCulture), tree.TryGetValue((int)r.Key, out var n) ? n.Name : r.Key.ToString(CultureInfo.InvariantCulture), (int)r.Count)).ToList();
        var brandIds = rows.Where(r => r.Kind == Kind.Brand && r.Count > 0).Select(r => (int)r.Key).ToList();
        var brandNames = brandIds.Count == 0 ? [] : await db.Brands.AsNoTracking().Where(b => brandIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var brands = Facet(rows, Kind.Brand).Select(r =>
            new FacetValue(r.Key.ToString(CultureInfo.InvariantCulture), brandNames.GetValueOrDefault((int)r.Key, r.Key.ToString(CultureInfo.InvariantCulture)), (int)r.Count)).ToList();
        var prices = rows.Where(r => r.Kind == Kind.Price && r.Count > 0).OrderBy(r => r.Key).Select(r =>
            new FacetValue(PriceBuckets.All[r.Key].Key, PriceBuckets.Label(PriceBuckets.All[r.Key].Key), (int)r.Count)).ToList();
        var total = (int)(rows.FirstOrDefault(r => r.Kind == Kind.Total)?.Count ?? 0);

        var result = new SearchResult(query, terms, items, total, paging, sort, categories, brands, prices) { IsPartial = partial && total > 0 };
        if (total > 0) return result;
        // Nothing at all: never a bare page — the categories the words name or contain, and the shop's hot sellers.
        var hotSellers = await db.Skus.AsNoTracking().Where(s => s.IsLaunched).OrderByDescending(s => s.Sales).ThenBy(s => s.Id)
            .Take(HotSellerCount).Select(SkuCardModel.Projection).ToListAsync(ct);
        return result with { SuggestedCategories = CategoriesHit(terms, vocabulary, tree), HotSellers = hotSellers };
    }

    public const int SuggestedProductCount = 6;
    public const int SuggestedBrandCount = 3;

    /// <summary>
    /// Suggestions for the search box, from the same index and query understanding as the results page: the best
    /// matching products (same relevance), the categories the words hit and the brands they name.
    /// </summary>
    public async Task<SearchSuggestions> SuggestAsync(string? query, CancellationToken ct = default)
    {
        var vocabulary = await GetVocabularyAsync();
        var terms = SearchTokenizer.ForQuery(query, vocabulary);
        if (terms.Count == 0) return SearchSuggestions.None;
        var intent = Intent(terms, vocabulary);
        var tree = await cache.GetTreeAsync();
        await using var db = contexts.CreateDbContext();
        var match = index.Match(terms);
        var ids = new List<long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT m."Id" FROM ({match.Sql}) m
                ORDER BY {InList("BrandId", intent.Brands)} + {InList("CategoryId", intent.Categories)} DESC, "Field" DESC, "Sales" DESC, "Id"
                LIMIT {SuggestedProductCount}
                """;
            foreach (var (name, value) in match.Parameters) Add(command, name, value);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        }
        finally { await db.Database.CloseConnectionAsync(); }
        var names = ids.Count == 0 ? [] : await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var products = ids.Where(names.ContainsKey).Select(id => new SuggestedProduct(id, names[id])).ToList();
        var brands = intent.Brands.Count == 0 ? [] : await db.Brands.AsNoTracking().Where(b => intent.Brands.Contains(b.Id))
            .OrderBy(b => b.Id).Take(SuggestedBrandCount).Select(b => new SuggestedBrand(b.Id, b.Name)).ToListAsync(ct);
        return new SearchSuggestions(products, CategoriesHit(terms, vocabulary, tree).Take(4).ToList(), brands);
    }

    /// <summary>
    /// Categories a query's words hit: those the words name (or a synonym, or their pinyin, names), then those whose
    /// name contains a word — the deepest first (they lead to the goods).
    /// </summary>
    public static IReadOnlyList<CategoryLink> CategoriesHit(IReadOnlyList<SearchTerm> terms, SearchVocabulary vocabulary, IReadOnlyDictionary<int, CategoryNode> tree)
    {
        var named = vocabulary.Categories.Where(c => terms.Any(t => t.Words.Contains(c.Key))).SelectMany(c => c.Value);
        var containing = tree.Values.Where(c =>
        {
            var tokens = SearchTokenizer.ForIndex(c.Name).Split(' ').ToHashSet();
            // A lone character (机) would hit half the catalog's categories: words only.
            return terms.Any(t => t.Alternatives.Any(a => !(a.Count == 1 && a[0].Prefix && IsCjkChar(a[0].Text)) &&
                a.All(k => k.Prefix ? tokens.Any(x => x.StartsWith(k.Text, StringComparison.Ordinal)) : tokens.Contains(k.Text))));
        }).Select(c => c.Id);
        return named.Concat(containing).Distinct().Where(tree.ContainsKey).Select(id => tree[id])
            .OrderByDescending(c => c.Level).ThenBy(c => c.Sequence).Take(SuggestedCategoryCount)
            .Select(c => new CategoryLink(c.Id, c.Name)).ToList();
    }

    /// <summary>The brands and categories the query names (by name, alias, synonym or pinyin): their SKUs rank first.</summary>
    private static (IReadOnlyList<int> Brands, IReadOnlyList<int> Categories) Intent(IReadOnlyList<SearchTerm> terms, SearchVocabulary vocabulary) =>
        (vocabulary.Brands(terms.SelectMany(t => t.Words)).ToList(), vocabulary.CategoriesNamed(terms.SelectMany(t => t.Words)).ToList());

    /// <summary>The terms with each two- or three-character Chinese word also matching as its characters (in any
    /// order or distance); null if no term has such a word.</summary>
    private static IReadOnlyList<SearchTerm>? Loosen(IReadOnlyList<SearchTerm> terms)
    {
        var changed = false;
        var loose = terms.Select(t =>
        {
            if (t.Display.Length is < 2 or > 3 || !t.Display.All(c => c >= 0x3400 && c <= 0x9FFF)) return t;
            changed = true;
            IReadOnlyList<QueryToken> chars = t.Display.Select(c => new QueryToken(c.ToString(), Prefix: true)).ToList();
            return t with { Alternatives = [.. t.Alternatives, chars] };
        }).ToList();
        return changed ? loose : null;
    }

    private static bool IsCjkChar(string text) => text.Length > 0 && !char.IsAsciiLetterOrDigit(text[0]);

    private static IEnumerable<Row> Facet(List<Row> rows, Kind kind) =>
        rows.Where(r => r.Kind == kind && r.Count > 0).OrderByDescending(r => r.Count).ThenBy(r => r.Key);

    private sealed record Row(Kind Kind, long Key, long Count);

    private static string InList(string column, IReadOnlyList<int> ids) => ids.Count == 0 ? "0"
        : $"CASE WHEN \"{column}\" IN ({string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))}) THEN 1 ELSE 0 END";

    private async Task<List<Row>> RunAsync(ShopDbContext db, SearchMatchSql match, int partialMinimum, (IReadOnlyList<int> Brands, IReadOnlyList<int> Categories) intent,
        SearchRequest request, string sort, Paging paging, CancellationToken ct)
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
            // A partial match keeps the SKUs that match the most terms.
            var best = partialMinimum > 0 ? $" WHERE \"Hits\" >= {partialMinimum} AND \"Hits\" = (SELECT MAX(\"Hits\") FROM m)" : "";
            // Ids in the intent lists are the catalog's own integers, never the shopper's text.
            var intentSql = sort == CatalogSort.Default ? $"{InList("BrandId", intent.Brands)} + {InList("CategoryId", intent.Categories)}" : "0";
            // The page: a top-N sort of the filtered matches, numbered for the reader.
            var page = $"""
                SELECT 4, "Id", ROW_NUMBER() OVER (ORDER BY {OrderSql(sort)}) FROM (
                    SELECT * FROM f WHERE {all} ORDER BY {OrderSql(sort)} LIMIT @size OFFSET @skip) p
                """;
            command.CommandText = index.GroupingSets
                // One pass counts every facet (each with the other facets' filters) and the total.
                ? $"""
                  WITH m AS ({match.Sql}),
                  f AS (SELECT m.*, {BucketSql} AS "Bucket", {intentSql} AS "Intent" FROM m{best})
                  SELECT CASE WHEN GROUPING("CategoryId") = 0 THEN 0 WHEN GROUPING("BrandId") = 0 THEN 1 WHEN GROUPING("Bucket") = 0 THEN 2 ELSE 3 END,
                         COALESCE("CategoryId", "BrandId", "Bucket", 0),
                         CASE WHEN GROUPING("CategoryId") = 0 THEN COUNT(*) FILTER (WHERE {brand} AND {prices})
                              WHEN GROUPING("BrandId") = 0 THEN COUNT(*) FILTER (WHERE {category} AND {prices})
                              WHEN GROUPING("Bucket") = 0 THEN COUNT(*) FILTER (WHERE {category} AND {brand})
                              ELSE COUNT(*) FILTER (WHERE {all}) END
                  FROM f GROUP BY GROUPING SETS (("CategoryId"), ("BrandId"), ("Bucket"), ())
                  UNION ALL {page}
                  """
                : $"""
                  WITH m AS ({match.Sql}),
                  f AS (SELECT m.*, {BucketSql} AS "Bucket", {intentSql} AS "Intent" FROM m{best})
                  SELECT 0 AS "Kind", "CategoryId" AS "Key", COUNT(*) AS "Count" FROM f WHERE {brand} AND {prices} GROUP BY "CategoryId"
                  UNION ALL SELECT 1, "BrandId", COUNT(*) FROM f WHERE {category} AND {prices} GROUP BY "BrandId"
                  UNION ALL SELECT 2, "Bucket", COUNT(*) FROM f WHERE {category} AND {brand} GROUP BY "Bucket"
                  UNION ALL SELECT 3, 0, COUNT(*) FROM f WHERE {all}
                  UNION ALL {page}
                  """;
            foreach (var (name, value) in match.Parameters) Add(command, name, value);
            Add(command, "skip", (long)paging.Skip);
            Add(command, "size", (long)paging.Size);
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

    /// <summary>The same orders as <see cref="CatalogSort"/> (price both ways); "default" is relevance.</summary>
    private static string OrderSql(string sort) => sort switch
    {
        CatalogSort.Price => "\"Price\", \"Id\"",
        CatalogSort.PriceDesc => "\"Price\" DESC, \"Id\"",
        CatalogSort.Sales => "\"Sales\" DESC, \"Id\"",
        CatalogSort.Newest => "\"CreatedAt\" DESC, \"Id\" DESC",
        _ => "\"Intent\" DESC, \"Field\" DESC, \"Sales\" DESC, \"Id\"",
    };
}
