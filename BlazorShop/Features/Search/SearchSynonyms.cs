namespace BlazorShop.Features.Search;

/// <summary>
/// Brand aliases and synonyms, as data (Dictionary/synonyms.tsv, plus Search:SynonymsPath, plus the aliases the back
/// office keeps per brand in the database, merged by <see cref="WithBrandAliases"/>): "苹果" also finds Apple, "跑鞋"
/// also finds 跑步鞋, 笔记本 ⇄ 笔记本电脑. Words are compared normalised (width, case).
/// </summary>
public sealed class SearchSynonyms
{
    private static readonly Lazy<string> Embedded = new(() =>
    {
        using var stream = typeof(SearchSynonyms).Assembly.GetManifestResourceStream("BlazorShop.Search.synonyms.tsv")
            ?? throw new InvalidOperationException("The embedded search synonyms are missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
    private static readonly Lazy<SearchSynonyms> Shared = new(() => Parse(Embedded.Value));

    /// <summary>The shipped table plus an admin's file (same format), if given.</summary>
    public static SearchSynonyms Load(string? extraFile) =>
        string.IsNullOrWhiteSpace(extraFile) ? Default : Parse(Embedded.Value, File.ReadAllText(extraFile));

    /// <summary>The synonyms shipped with the store.</summary>
    public static SearchSynonyms Default => Shared.Value;

    private readonly Dictionary<string, HashSet<string>> _more = new(StringComparer.Ordinal);

    /// <summary>Brand name (as in the Brands table, normalised) → its aliases (normalised).</summary>
    public Dictionary<string, HashSet<string>> BrandAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Every word in the table (for pinyin look-ups).</summary>
    public IEnumerable<string> Words => _more.Keys.Concat(_more.Values.SelectMany(v => v)).Concat(BrandAliases.Keys)
        .Concat(BrandAliases.Values.SelectMany(v => v)).Distinct();

    public static SearchSynonyms Parse(params string[] files)
    {
        var synonyms = new SearchSynonyms();
        foreach (var file in files)
            foreach (var raw in file.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var cells = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (cells.Length < 3) continue;
                var words = cells[1..].Select(SearchTokenizer.Normalize).Where(w => w.Length > 0).ToList();
                switch (cells[0])
                {
                    case "brand":
                        synonyms.AddBrand(words);
                        break;
                    case "same":
                        foreach (var w in words) synonyms.Set(synonyms._more, w).UnionWith(words.Where(x => x != w));
                        break;
                    case "more":
                        synonyms.Set(synonyms._more, words[0]).UnionWith(words.Skip(1));
                        break;
                }
            }
        return synonyms;
    }

    /// <summary>
    /// This table plus the aliases kept in the database (brand name → aliases, as typed): the same as a "brand" row of
    /// the file each. Returns this table itself when there are none.
    /// </summary>
    public SearchSynonyms WithBrandAliases(IEnumerable<(string Brand, string Alias)> aliases)
    {
        var rows = aliases.Select(a => (Brand: SearchTokenizer.Normalize(a.Brand), Alias: SearchTokenizer.Normalize(a.Alias)))
            .Where(a => a.Brand.Length > 0 && a.Alias.Length > 0 && a.Brand != a.Alias).ToList();
        if (rows.Count == 0) return this;
        var merged = new SearchSynonyms();
        foreach (var (word, others) in _more) merged._more[word] = new HashSet<string>(others, StringComparer.Ordinal);
        foreach (var (brand, others) in BrandAliases) merged.BrandAliases[brand] = new HashSet<string>(others, StringComparer.Ordinal);
        foreach (var brand in rows.GroupBy(r => r.Brand, StringComparer.Ordinal))
            merged.AddBrand([brand.Key, .. brand.Select(r => r.Alias).Distinct(StringComparer.Ordinal)]);
        return merged;
    }

    /// <summary>A brand's name and aliases: an alias finds the brand and the other aliases; the brand's name finds its aliases.</summary>
    private void AddBrand(IReadOnlyList<string> words)
    {
        Set(BrandAliases, words[0]).UnionWith(words.Skip(1));
        foreach (var w in words) Set(_more, w).UnionWith(words.Where(x => x != w));
    }

    private HashSet<string> Set(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var set) ? set : map[key] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The other words a (normalised) word also finds.</summary>
    public IReadOnlyCollection<string> Expand(string word) => _more.TryGetValue(word, out var set) ? set : [];
}
