using System.IO.Compression;

namespace BlazorShop.Features.Search;

/// <summary>
/// Maximum-probability segmentation over jieba's dictionary (Dictionary/jieba-dict.txt.gz): every way of cutting a
/// run of Chinese characters into dictionary words is a path through a DAG; the path with the highest product of
/// word probabilities wins (jieba's algorithm without its HMM). A character that starts no dictionary word stands
/// alone; the tokenizer turns runs of such single characters back into bigrams (unknown words).
/// "华为手机" → 华为 手机; "双开门冰箱" → 双开门 冰箱.
/// </summary>
public sealed class ChineseSegmenter
{
    private static readonly Lazy<ChineseSegmenter> Shared = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded jieba dictionary, loaded once on first use (~350k words).</summary>
    public static ChineseSegmenter Default => Shared.Value;

    private readonly Dictionary<string, int> _frequency;
    private readonly HashSet<string> _prefixes;
    private readonly double _logTotal;
    private readonly int _maxLength;

    public ChineseSegmenter(IEnumerable<KeyValuePair<string, int>> words)
    {
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        _prefixes = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var (word, frequency) in words)
        {
            if (word.Length == 0 || frequency <= 0) continue;
            _frequency[word] = frequency;
            total += frequency;
            _maxLength = Math.Max(_maxLength, word.Length);
            for (var i = 1; i < word.Length; i++) _prefixes.Add(word[..i]);
        }
        _logTotal = Math.Log(Math.Max(total, 1));
    }

    public bool Contains(string word) => _frequency.ContainsKey(word);

    /// <summary>The longest shop word looked for (extra words are not prefix-indexed, so runs are tried up to this length).</summary>
    private const int ExtraMaxLength = 8;

    /// <summary>The frequency given to a shop's own word (a category or brand name, a synonym) that the dictionary
    /// lacks or rates low, so it is kept whole (热水壶, not 热 + 水壶) — like jieba's user dictionary.</summary>
    public const int ShopWordFrequency = 2000;

    /// <summary>Cuts a run of Chinese characters (text elements) into words.</summary>
    /// <param name="exclude">A word not to use (to see a word's parts).</param>
    /// <param name="extra">The shop's own words, with <see cref="ShopWordFrequency"/>.</param>
    public IReadOnlyList<string> Cut(IReadOnlyList<string> chars, string? exclude = null, IReadOnlySet<string>? extra = null)
    {
        var maxLength = Math.Max(_maxLength, extra is null ? 0 : ExtraMaxLength);
        var n = chars.Count;
        if (n == 0) return [];
        // best[i]: the best log-probability of chars[i..]; next[i]: where the first word of that path ends.
        var best = new double[n + 1];
        var next = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = double.NegativeInfinity;
            var word = "";
            for (var j = i; j < n && j - i < maxLength; j++)
            {
                word += chars[j];
                var known = _frequency.TryGetValue(word, out var frequency) && word != exclude;
                if (extra is not null && word != exclude && extra.Contains(word))
                {
                    known = true;
                    frequency = Math.Max(frequency, ShopWordFrequency);
                }
                if (!known && j > i && !_prefixes.Contains(word) && (extra is null || j - i + 1 >= ExtraMaxLength)) break;
                // A single character not in the dictionary still makes a path (frequency 1).
                if (!known && j > i) continue;
                var score = Math.Log(known ? frequency : 1) - _logTotal + best[j + 1];
                if (score > best[i]) { best[i] = score; next[i] = j + 1; }
            }
        }
        var words = new List<string>();
        for (var i = 0; i < n; i = next[i]) words.Add(string.Concat(chars.Skip(i).Take(next[i] - i)));
        return words;
    }

    private static ChineseSegmenter Load()
    {
        using var stream = typeof(ChineseSegmenter).Assembly.GetManifestResourceStream("BlazorShop.Search.jieba-dict.txt.gz")
            ?? throw new InvalidOperationException("The embedded search dictionary is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        return new ChineseSegmenter(Read(reader));
    }

    private static IEnumerable<KeyValuePair<string, int>> Read(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ');
            if (space > 0 && int.TryParse(line.AsSpan(space + 1), out var frequency))
                yield return new(line[..space], frequency);
        }
    }
}
