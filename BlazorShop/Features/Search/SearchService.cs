using System.Globalization;
using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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
/// The matcher (<see cref="ISkuMatcher"/>: in memory by default) gives the matched SKUs with the few facts ranking
/// and facets need; the total, the three facets and the page are counted from those in one pass
/// (<see cref="SearchTally"/>). The database is read once per search, for the page's cards.
/// </remarks>
public sealed class SearchService(IDbContextFactory<ShopDbContext> contexts, ISkuMatcher matcher, CatalogCache cache,
    SearchSynonyms synonyms, SkuSearchChanges changes, IStringLocalizer<SharedResource> text) : ISearchService
{
    public const int SuggestedCategoryCount = 6;
    public const int HotSellerCount = 8;
    public const int SuggestedProductCount = 6;
    public const int SuggestedBrandCount = 3;

    /// <summary>What the query side knows about the catalog (brands with their aliases, categories, their pinyin), cached with the catalog.</summary>
    public Task<SearchVocabulary> GetVocabularyAsync() => cache.GetOrLoadAsync("search:vocabulary", async db =>
    {
        var brands = await db.Brands.AsNoTracking().Select(b => new { b.Id, b.Name, b.NameEn }).ToListAsync();
        // The back office's aliases (dropped with the catalog cache when an admin changes them).
        var aliases = await db.BrandAliases.AsNoTracking().Join(db.Brands, a => a.BrandId, b => b.Id, (a, b) => new { b.Name, a.Alias }).ToListAsync();
        var tree = await cache.GetTreeAsync();
        return new SearchVocabulary(synonyms.WithBrandAliases(aliases.Select(a => (a.Name, a.Alias))), brands.Select(b => (b.Id, b.Name)), tree.Values,
            brands.Where(b => !string.IsNullOrWhiteSpace(b.NameEn)).Select(b => (b.Id, b.NameEn!)));
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

        var (brandIntent, categoryIntent) = Intent(terms, vocabulary);
        var partial = false;
        var relevance = sort == CatalogSort.Default;
        var tally = await CountAsync(terms, partial: false, relevance, 0, request, sort, paging, brandIntent, categoryIntent, ct);
        // Nothing matches every term: a one-word query lets a short Chinese word match character by character (男鞋
        // finds 男子…跑步鞋); otherwise the SKUs matching the most terms, if that is at least half of the terms;
        // a lone character (机, 黑) is too weak to stand for a match on its own and is left out of the fallback.
        if (tally.Total == 0 && terms.Count == 1 && Loosen(terms) is { } loose)
        {
            tally = await CountAsync(loose, partial: false, relevance, 0, request, sort, paging, brandIntent, categoryIntent, ct);
            partial = true;
        }
        var strong = terms.Where(t => t.Alternatives.Any(a => a.Count > 1 || !a[0].Prefix || !IsCjkChar(a[0].Text))).ToList();
        if (tally.Total == 0 && terms.Count > 1 && strong.Count > 0)
        {
            partial = true;
            // Ranked by terms matched, then the named brand/category, then sales (no per-field ranks: a broad union).
            tally = await CountAsync(strong, partial: true, rank: false, (terms.Count + 1) / 2, request, sort, paging, brandIntent, categoryIntent, ct);
        }

        await using var db = contexts.CreateDbContext();
        var items = await CardsAsync(db, tally.Page, ct);
        var tree = await cache.GetTreeAsync();
        var categories = Facet(tally.Categories, id => tree.TryGetValue(id, out var n) ? n.DisplayName : null);
        var brands = Facet(tally.Brands, vocabulary.BrandDisplayName);
        var prices = tally.Prices.Select((count, i) => (count, i)).Where(p => p.count > 0).Select(p =>
            new FacetValue(PriceBuckets.All[p.i].Key, PriceBuckets.Label(PriceBuckets.All[p.i].Key, text), p.count)).ToList();

        var result = new SearchResult(query, terms, items, tally.Total, paging, sort, categories, brands, prices) { IsPartial = partial && tally.Total > 0 };
        if (tally.Total > 0) return result;
        // Nothing at all: never a bare page — the categories the words name or contain, and the shop's hot sellers.
        var hotSellers = await db.Skus.AsNoTracking().Where(s => s.IsLaunched).OrderByDescending(s => s.Sales).ThenBy(s => s.Id)
            .Take(HotSellerCount).Select(SkuCardModel.Projection).ToListAsync(ct);
        return result with { SuggestedCategories = CategoriesHit(terms, vocabulary, tree), HotSellers = hotSellers };
    }

    /// <summary>
    /// Suggestions for the search box, from the same index and query understanding as the results page: the best
    /// matching products (same relevance), the categories the words hit and the brands they name.
    /// </summary>
    public async Task<SearchSuggestions> SuggestAsync(string? query, CancellationToken ct = default)
    {
        var vocabulary = await GetVocabularyAsync();
        var terms = SearchTokenizer.ForQuery(query, vocabulary);
        if (terms.Count == 0) return SearchSuggestions.None;
        var (brandIntent, categoryIntent) = Intent(terms, vocabulary);
        var tree = await cache.GetTreeAsync();
        SearchTally tally;
        using (var hits = await matcher.MatchAsync(terms, partial: false, rank: true, ct))
            tally = SearchTally.Count(hits.AsSpan(), new SearchRequest(query), CatalogSort.Default, new Paging(1, SuggestedProductCount),
                brandIntent, categoryIntent);
        var ids = tally.Page;
        await using var db = contexts.CreateDbContext();
        var names = ids.Count == 0 ? [] : await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.NameEn }).ToDictionaryAsync(s => s.Id, s => CatalogText.Pick(s.Name, s.NameEn), ct);
        var products = ids.Where(names.ContainsKey).Select(id => new SuggestedProduct(id, names[id])).ToList();
        var brandRows = brandIntent.Count == 0 ? [] : await db.Brands.AsNoTracking().Where(b => brandIntent.Contains(b.Id))
            .OrderBy(b => b.Id).Take(SuggestedBrandCount).Select(b => new { b.Id, b.Name, b.NameEn }).ToListAsync(ct);
        var brands = brandRows.Select(b => new SuggestedBrand(b.Id, CatalogText.Pick(b.Name, b.NameEn))).ToList();
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
            var tokens = SearchTokenizer.ForIndex(c.Name + " " + c.NameEn).Split(' ').ToHashSet();
            // A lone character (机) would hit half the catalog's categories: words only.
            return terms.Any(t => t.Alternatives.Any(a => !(a.Count == 1 && a[0].Prefix && IsCjkChar(a[0].Text)) &&
                a.All(k => k.Prefix ? tokens.Any(x => x.StartsWith(k.Text, StringComparison.Ordinal)) : tokens.Contains(k.Text))));
        }).Select(c => c.Id);
        return named.Concat(containing).Distinct().Where(tree.ContainsKey).Select(id => tree[id])
            .OrderByDescending(c => c.Level).ThenBy(c => c.Sequence).Take(SuggestedCategoryCount)
            .Select(c => c.Link).ToList();
    }

    /// <summary>
    /// Matches and counts: the total, the facets and the page. A partial match keeps the SKUs that match the most
    /// terms (and at least <paramref name="partialMinimum"/>).
    /// </summary>
    private async Task<SearchTally> CountAsync(IReadOnlyList<SearchTerm> terms, bool partial, bool rank, int partialMinimum,
        SearchRequest request, string sort, Paging paging, IReadOnlySet<int> brands, IReadOnlySet<int> categories, CancellationToken ct)
    {
        using var hits = await matcher.MatchAsync(terms, partial, rank, ct);
        if (partialMinimum > 0 && hits.Count > 0)
        {
            var most = 0;
            foreach (var h in hits.AsSpan()) most = Math.Max(most, h.Hits);
            if (most < partialMinimum) hits.Retain(_ => false);
            else hits.Retain(h => h.Hits == most);
        }
        return SearchTally.Count(hits.AsSpan(), request, sort, paging, brands, categories);
    }

    /// <summary>The page's cards in page order. A SKU the index has but the database no longer shows (deleted, taken off
    /// sale by a write the index did not hear of) is left out and read again for the next search.</summary>
    private async Task<List<SkuCardModel>> CardsAsync(ShopDbContext db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var cards = (await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(SkuCardModel.Projection).ToListAsync(ct))
            .ToDictionary(c => c.Id);
        var stale = ids.Where(id => !cards.TryGetValue(id, out var card) || !card.IsLaunched).ToList();
        if (stale.Count > 0) changes.Mark(stale);
        return ids.Where(id => cards.TryGetValue(id, out var card) && card.IsLaunched).Select(id => cards[id]).ToList();
    }

    private static List<FacetValue> Facet(IReadOnlyDictionary<int, int> counts, Func<int, string?> label) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c =>
        {
            var key = c.Key.ToString(CultureInfo.InvariantCulture);
            return new FacetValue(key, label(c.Key) ?? key, c.Value);
        }).ToList();

    /// <summary>The brands and categories the query names (by name, alias, synonym or pinyin): their SKUs rank first.</summary>
    private static (IReadOnlySet<int> Brands, IReadOnlySet<int> Categories) Intent(IReadOnlyList<SearchTerm> terms, SearchVocabulary vocabulary) =>
        (vocabulary.Brands(terms.SelectMany(t => t.Words)).ToHashSet(), vocabulary.CategoriesNamed(terms.SelectMany(t => t.Words)).ToHashSet());

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
}
