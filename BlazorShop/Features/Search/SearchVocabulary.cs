using BlazorShop.Features.Catalog;
using BlazorShop.Shared;

namespace BlazorShop.Features.Search;

/// <summary>
/// What the query side knows about the catalog: synonyms, brands (with aliases) and categories by name, and the
/// pinyin of those words — so "bingxiang"/"bx" means 冰箱, and "华为手机" names the brand 华为 and the category 手机.
/// Built from the catalog (cached with it) and the synonym table.
/// </summary>
public sealed class SearchVocabulary
{
    /// <summary>Synonyms only, no catalog (tests, tools).</summary>
    public static SearchVocabulary Empty { get; } = new(SearchSynonyms.Default, [], []);

    private readonly Dictionary<string, List<int>> _brands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _pinyin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _initials = new(StringComparer.Ordinal);

    public SearchSynonyms Synonyms { get; }

    /// <summary>The shop's own Chinese words (category and brand names, aliases, synonyms): the segmenter keeps them whole.</summary>
    public IReadOnlySet<string> ShopWords { get; }

    /// <summary>Brand names by id (the brand facet's labels).</summary>
    public IReadOnlyDictionary<int, string> BrandNames { get; }

    /// <summary>Category names (normalised) → the ids of every category in its subtree.</summary>
    public IReadOnlyDictionary<string, List<int>> Categories => _categories;

    /// <summary>English brand names by id, where a brand has one.</summary>
    public IReadOnlyDictionary<int, string> BrandNamesEn { get; }

    /// <param name="englishBrands">English brand names: a query naming one names the brand too.</param>
    public SearchVocabulary(SearchSynonyms synonyms, IEnumerable<(int Id, string Name)> brands, IEnumerable<CategoryNode> categories,
        IEnumerable<(int Id, string Name)>? englishBrands = null)
    {
        Synonyms = synonyms;
        var names = new Dictionary<int, string>();
        BrandNames = names;
        foreach (var (id, name) in brands)
        {
            names[id] = name;
            var key = SearchTokenizer.Normalize(name);
            Add(_brands, key, id);
            foreach (var alias in synonyms.BrandAliases.GetValueOrDefault(key) ?? []) Add(_brands, alias, id);
        }
        var english = new Dictionary<int, string>();
        BrandNamesEn = english;
        foreach (var (id, name) in englishBrands ?? [])
        {
            english[id] = name;
            Add(_brands, SearchTokenizer.Normalize(name), id);
        }
        var nodes = categories.ToList();
        var children = nodes.Where(c => c.ParentId != null).ToLookup(c => c.ParentId!.Value);
        foreach (var category in nodes)
        {
            var key = SearchTokenizer.Normalize(category.Name);
            var englishKey = string.IsNullOrWhiteSpace(category.NameEn) ? "" : SearchTokenizer.Normalize(category.NameEn);
            var stack = new Stack<int>([category.Id]);
            while (stack.TryPop(out var id))
            {
                Add(_categories, key, id);
                Add(_categories, englishKey, id);
                foreach (var child in children[id]) stack.Push(child.Id);
            }
        }
        var shopWords = new HashSet<string>(StringComparer.Ordinal);
        ShopWords = shopWords;
        foreach (var word in _brands.Keys.Concat(_categories.Keys).Concat(synonyms.Words).Distinct())
        {
            if (word.Length is >= 2 and <= 8 && word.All(c => c >= 0x3400 && c <= 0x9FFF)) shopWords.Add(word);
            if (word.Length < 2 || !word.All(c => c >= 0x3400 && c <= 0x9FFF)) continue;
            foreach (var s in PinyinTable.Default.Spellings(word)) Set(_pinyin, s).Add(word);
            foreach (var s in PinyinTable.Default.Initials(word)) Set(_initials, s).Add(word);
        }
    }

    /// <summary>A brand's name in the shopper's language (the brand facet's label); null for an unknown brand.</summary>
    public string? BrandDisplayName(int id) =>
        BrandNames.TryGetValue(id, out var name) ? CatalogText.Pick(name, BrandNamesEn.GetValueOrDefault(id)) : null;

    /// <summary>The catalog words a Latin query word spells in pinyin (full, or initials of 2+ letters).</summary>
    public IEnumerable<string> FromPinyin(string latin)
    {
        var words = _pinyin.GetValueOrDefault(latin) ?? [];
        return latin.Length >= 2 ? words.Concat(_initials.GetValueOrDefault(latin) ?? []).Distinct() : words;
    }

    /// <summary>The brands any of these (normalised) words names.</summary>
    public IEnumerable<int> Brands(IEnumerable<string> words) => words.SelectMany(w => _brands.GetValueOrDefault(w) ?? []).Distinct();

    /// <summary>The categories (subtrees included) any of these (normalised) words names.</summary>
    public IEnumerable<int> CategoriesNamed(IEnumerable<string> words) => words.SelectMany(w => _categories.GetValueOrDefault(w) ?? []).Distinct();

    private static void Add(Dictionary<string, List<int>> map, string key, int id)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(id)) list.Add(id);
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var set) ? set : map[key] = new HashSet<string>(StringComparer.Ordinal);
}
