using System.Data.Common;
using System.Globalization;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Shared;
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
/// Visiting the matched rows is the expensive part of a search, so it happens once: one statement matches through
/// the index and returns a few small columns per matched SKU; the total, the three facets and the page are counted
/// and sorted from those. Only the page's cards are loaded afterwards.
/// </remarks>
public sealed class SearchService(IDbContextFactory<ShopDbContext> contexts, ISkuSearchIndex index, CatalogCache cache,
    SearchSynonyms synonyms) : ISearchService
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
        // Nothing matches every term: a one-word query lets a short Chinese word match character by character (男鞋
        // finds 男子…跑步鞋); otherwise the SKUs matching the most terms, if that is at least half of the terms;
        // a lone character (机, 黑) is too weak to stand for a match on its own and is left out of the fallback.
        var strong = terms.Where(t => t.Alternatives.Any(a => a.Count > 1 || !a[0].Prefix || !IsCjkChar(a[0].Text))).ToList();
        if (!rows.Any(r => r.Kind == Kind.Total && r.Count > 0) && terms.Count == 1 && Loosen(terms) is { } loose)
        {
            rows = await RunAsync(db, index.Match(loose, rank: relevance), 0, intent, request, sort, paging, ct);
            partial = true;
        }
        if (!rows.Any(r => r.Kind == Kind.Total && r.Count > 0) && terms.Count > 1 && strong.Count > 0)
        {
            partial = true;
            var minimum = (terms.Count + 1) / 2;
            // Ranked by terms matched, then the named brand/category, then sales (no per-field tests: a broad union).
            rows = await RunAsync(db, index.Match(strong, partial: true, rank: false), minimum, intent, request, sort, paging, ct);
        }

        var pageIds = rows.Where(r => r.Kind == Kind.Item).OrderBy(r => r.Count).Select(r => r.Key).ToList();
        var cards = pageIds.Count == 0 ? [] : await db.Skus.AsNoTracking().Where(s => pageIds.Contains(s.Id))
            .Select(SkuCardModel.Projection).ToListAsync(ct);
        var items = pageIds.Select(id => cards.FirstOrDefault(c => c.Id == id)).OfType<SkuCardModel>().ToList();

        var tree = await cache.GetTreeAsync();
        var categories = Facet(rows, Kind.Category).Select(r =>
            new FacetValue(r.Key.ToString(CultureInfo.InvariantCulture), tree.TryGetValue((int)r.Key, out var n) ? n.Name : r.Key.ToString(CultureInfo.InvariantCulture), (int)r.Count)).ToList();
        var brands = Facet(rows, Kind.Brand).Select(r => new FacetValue(r.Key.ToString(CultureInfo.InvariantCulture),
            vocabulary.BrandNames.GetValueOrDefault((int)r.Key) ?? r.Key.ToString(CultureInfo.InvariantCulture), (int)r.Count)).ToList();
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

    /// <summary>One matched SKU: what ranking, filters and facets need.</summary>
    private readonly record struct Hit(long Id, int Hits, int Field, int CategoryId, int BrandId, decimal Price, int Sales, DateTime CreatedAt, int Intent);

    /// <summary>
    /// Runs the match and turns the matched SKUs into the total, the three facets (each counted with the other facets'
    /// filters applied: its numbers are what a click gives) and the requested page. The match is one indexed
    /// statement returning a few small columns per SKU; counting and ordering them here costs less than a
    /// second and third pass in the database.
    /// </summary>
    private static async Task<List<Row>> RunAsync(ShopDbContext db, SearchMatchSql match, int partialMinimum,
        (IReadOnlyList<int> Brands, IReadOnlyList<int> Categories) intent, SearchRequest request, string sort, Paging paging, CancellationToken ct)
    {
        var hits = await FetchAsync(db, match, intent, ct);
        if (partialMinimum > 0 && hits.Count > 0)
        {
            // A partial match keeps the SKUs that match the most terms (and at least the minimum).
            var most = hits.Max(h => h.Hits);
            hits = most < partialMinimum ? [] : hits.Where(h => h.Hits == most).ToList();
        }
        var price = PriceBuckets.Parse(request.Price);
        bool InCategory(Hit h) => request.CategoryId is not { } c || h.CategoryId == c;
        bool InBrand(Hit h) => request.BrandId is not { } b || h.BrandId == b;
        bool InPrice(Hit h) => price is not { } p || (h.Price >= p.Min && (p.Max is not { } max || h.Price < max));

        var rows = new List<Row>();
        rows.AddRange(hits.Where(h => InBrand(h) && InPrice(h)).CountBy(h => h.CategoryId).Select(g => new Row(Kind.Category, g.Key, g.Value)));
        rows.AddRange(hits.Where(h => InCategory(h) && InPrice(h)).CountBy(h => h.BrandId).Select(g => new Row(Kind.Brand, g.Key, g.Value)));
        rows.AddRange(hits.Where(h => InCategory(h) && InBrand(h)).CountBy(h => PriceBuckets.IndexOfPrice(h.Price)).Select(g => new Row(Kind.Price, g.Key, g.Value)));
        var filtered = hits.Where(h => InCategory(h) && InBrand(h) && InPrice(h)).ToList();
        rows.Add(new Row(Kind.Total, 0, filtered.Count));

        filtered.Sort(Order(sort));
        for (var i = paging.Skip; i < Math.Min(filtered.Count, paging.Skip + paging.Size); i++)
            rows.Add(new Row(Kind.Item, filtered[i].Id, i + 1));
        return rows;
    }

    private static async Task<List<Hit>> FetchAsync(ShopDbContext db, SearchMatchSql match, (IReadOnlyList<int> Brands, IReadOnlyList<int> Categories) intent, CancellationToken ct)
    {
        var brands = intent.Brands.ToHashSet();
        var categories = intent.Categories.ToHashSet();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = match.Sql;
            foreach (var (name, value) in match.Parameters) Add(command, name, value);
            var hits = new List<Hit>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var category = reader.GetInt32(3);
                var brand = reader.GetInt32(4);
                hits.Add(new Hit(reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), category, brand, reader.GetDecimal(5), reader.GetInt32(6),
                    reader.GetDateTime(7), (brands.Contains(brand) ? 1 : 0) + (categories.Contains(category) ? 1 : 0)));
            }
            return hits;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>The same orders as <see cref="CatalogSort"/> (price both ways); "default" is relevance: the brand and
    /// category the query names, the best field matched, sales. The id breaks ties so paging is stable.</summary>
    private static Comparison<Hit> Order(string sort) => sort switch
    {
        CatalogSort.Price => (a, b) => a.Price != b.Price ? a.Price.CompareTo(b.Price) : a.Id.CompareTo(b.Id),
        CatalogSort.PriceDesc => (a, b) => a.Price != b.Price ? b.Price.CompareTo(a.Price) : a.Id.CompareTo(b.Id),
        CatalogSort.Sales => (a, b) => a.Sales != b.Sales ? b.Sales.CompareTo(a.Sales) : a.Id.CompareTo(b.Id),
        CatalogSort.Newest => (a, b) => a.CreatedAt != b.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : b.Id.CompareTo(a.Id),
        _ => (a, b) => a.Intent != b.Intent ? b.Intent.CompareTo(a.Intent)
            : a.Field != b.Field ? b.Field.CompareTo(a.Field)
            : a.Sales != b.Sales ? b.Sales.CompareTo(a.Sales) : a.Id.CompareTo(b.Id),
    };

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
