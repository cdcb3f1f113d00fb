using System.IO.Compression;

namespace BlazorShop.Features.Search;

/// <summary>
/// Toneless pinyin readings of Chinese characters (Dictionary/pinyin.txt.gz, from pinyin-pro), for matching a
/// query typed in pinyin ("bingxiang", or the initials "bx") to the catalog's words (冰箱).
/// </summary>
public sealed class PinyinTable
{
    private static readonly Lazy<PinyinTable> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    public static PinyinTable Default => Shared.Value;

    private const int MaxSpellings = 8;
    private readonly Dictionary<char, string[]> _readings;

    public PinyinTable(Dictionary<char, string[]> readings) => _readings = readings;

    public IReadOnlyList<string> Readings(char c) => _readings.TryGetValue(c, out var r) ? r : [];

    /// <summary>Full spellings of a word ("冰箱" → "bingxiang"), a few when characters have several readings;
    /// empty when a character has no reading.</summary>
    public IReadOnlyList<string> Spellings(string word)
    {
        var spellings = new List<string> { "" };
        foreach (var c in word)
        {
            if (!_readings.TryGetValue(c, out var readings)) return [];
            spellings = spellings.SelectMany(s => readings.Select(r => s + r)).Take(MaxSpellings).ToList();
        }
        return spellings;
    }

    /// <summary>Initials of a word ("冰箱" → "bx").</summary>
    public IReadOnlyList<string> Initials(string word)
    {
        var initials = new List<string> { "" };
        foreach (var c in word)
        {
            if (!_readings.TryGetValue(c, out var readings)) return [];
            initials = initials.SelectMany(s => readings.Select(r => s + r[0]).Distinct()).Distinct().Take(MaxSpellings).ToList();
        }
        return initials;
    }

    private static PinyinTable Load()
    {
        using var stream = typeof(PinyinTable).Assembly.GetManifestResourceStream("BlazorShop.Search.pinyin.txt.gz")
            ?? throw new InvalidOperationException("The embedded pinyin table is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var readings = new Dictionary<char, string[]>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts[0].Length == 1) readings[parts[0][0]] = parts[1..];
        }
        return new PinyinTable(readings);
    }
}
