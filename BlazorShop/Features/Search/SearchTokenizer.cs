using System.Globalization;
using System.Text;

namespace BlazorShop.Features.Search;

/// <summary>
/// Turns text into index tokens and a query into terms.
/// <para>Documents: Chinese runs are indexed as overlapping character pairs (bigrams) plus the last character of the
/// run, so any word of the text — a dictionary word or one the dictionary lacks — is findable by its bigrams; Latin
/// letters and digits form lower-case words, and a word mixing them is also indexed in its parts ("Y9000P" →
/// y9000p y 9000 p). "海尔双开门冰箱 55英寸 4K" → 海尔 尔双 双开 开门 门冰 冰箱 箱 55 英寸 寸 4k.</para>
/// <para>Queries: the shopper's words are cut into dictionary words by <see cref="ChineseSegmenter"/> ("华为手机" →
/// 华为, 手机), and each word is one term: a term matches when one of its alternatives matches — the word's
/// bigrams, its synonyms and brand aliases, the catalog words its pinyin spells, its Latin/digit parts ("mate60" →
/// mate 60). Characters the dictionary does not know stay together and match by bigrams. Every term must match
/// (the search falls back to the best partial matches when none matches all). Input is normalised (NFKC: 全角 ＡＢＣ１２３
/// → ABC123) and lower-cased. Tokens contain only letters and digits: nothing of the query reaches FTS5/tsquery syntax.</para>
/// </summary>
public static class SearchTokenizer
{
    public const int MaxQueryLength = 100;
    public const int MaxTerms = 8;
    private const int MaxAlternatives = 12;

    /// <summary>Single characters that carry no meaning in a shopping query (我想买…的).</summary>
    private static readonly HashSet<string> StopChars = ["的", "了", "和", "与", "及", "或", "是", "在", "我", "想", "要", "买", "个", "款", "只"];

    /// <summary>Width- and case-folded text (全角 → half width, upper → lower).</summary>
    public static string Normalize(string? text) => (text ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();

    /// <summary>Document side: space-separated tokens for the index column.</summary>
    public static string ForIndex(string? text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(text ?? ""))
        {
            if (run.IsCjk)
            {
                for (var i = 0; i + 1 < run.Chars.Count; i++) tokens.Add(run.Chars[i] + run.Chars[i + 1]);
                // Every character now starts a bigram except the last: index that one alone, so a one-character
                // query (a prefix search) finds any character of the text with half the tokens of all unigrams.
                tokens.Add(run.Chars[^1]);
            }
            else
            {
                tokens.Add(run.Text);
                foreach (var part in LatinParts(run.Text)) tokens.Add(part);
            }
        }
        return string.Join(' ', tokens);
    }

    /// <summary>Query side without catalog knowledge (synonyms only).</summary>
    public static IReadOnlyList<SearchTerm> ForQuery(string? query) => ForQuery(query, SearchVocabulary.Empty);

    /// <summary>
    /// Query side: the shopper's terms (split on whitespace and into dictionary words, capped), each with its
    /// alternatives.
    /// </summary>
    public static IReadOnlyList<SearchTerm> ForQuery(string? query, SearchVocabulary vocabulary)
    {
        var q = (query ?? "").Trim();
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        var terms = new List<SearchTerm>();
        foreach (var raw in q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var run in Runs(raw))
            {
                if (run.IsCjk)
                    foreach (var word in Words(run.Chars, vocabulary.ShopWords)) Add(terms, CjkTerm(word, vocabulary));
                else Add(terms, LatinTerm(run.Text, vocabulary));
            }
            if (terms.Count >= MaxTerms) break;
        }
        return terms.Take(MaxTerms).ToList();
    }

    private static void Add(List<SearchTerm> terms, SearchTerm? term)
    {
        if (term is null || terms.Any(t => t.Display == term.Display)) return;
        terms.Add(term);
    }

    /// <summary>Dictionary words of a Chinese run; runs of characters the dictionary cut into singles stay together
    /// (an unknown word, matched by bigrams); lone filler characters (的, 买 …) are dropped.</summary>
    private static IEnumerable<List<string>> Words(List<string> chars, IReadOnlySet<string> shopWords)
    {
        var pending = new List<string>();
        foreach (var word in ChineseSegmenter.Default.Cut(chars, extra: shopWords))
        {
            var elements = Elements(word);
            if (elements.Count == 1) { pending.Add(word); continue; }
            if (pending.Count > 0) { if (Keep(pending)) yield return pending; pending = []; }
            yield return elements;
        }
        if (pending.Count > 0 && Keep(pending)) yield return pending;
    }

    private static bool Keep(List<string> singles) => singles.Count > 1 || !StopChars.Contains(singles[0]);

    private static List<string> Elements(string word)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(word);
        while (e.MoveNext()) list.Add(e.GetTextElement());
        return list;
    }

    /// <summary>The tokens that find a Chinese word: itself if one or two characters (one character: as a prefix),
    /// else its bigrams.</summary>
    private static List<QueryToken> CjkTokens(IReadOnlyList<string> chars) => chars.Count switch
    {
        0 => [],
        1 => [new QueryToken(chars[0], Prefix: true)],
        _ => Enumerable.Range(0, chars.Count - 1).Select(i => new QueryToken(chars[i] + chars[i + 1], false)).ToList(),
    };

    private static SearchTerm CjkTerm(List<string> chars, SearchVocabulary vocabulary)
    {
        var word = string.Concat(chars);
        var alternatives = new List<List<QueryToken>> { CjkTokens(chars) };
        // A long dictionary word also matches as its parts (笔记本电脑 → 笔记本 + 电脑).
        if (chars.Count >= 4)
        {
            var parts = ChineseSegmenter.Default.Cut(chars, exclude: word);
            if (parts.Count > 1) alternatives.Add(parts.SelectMany(p => CjkTokens(Elements(p))).DistinctBy(t => t.Text).ToList());
        }
        var words = new List<string> { word };
        foreach (var other in vocabulary.Synonyms.Expand(word)) AddWord(words, alternatives, other);
        return new SearchTerm(word, Cap(alternatives), words);
    }

    private static SearchTerm? LatinTerm(string text, SearchVocabulary vocabulary)
    {
        var lettersOnly = text.All(char.IsAsciiLetter);
        var alternatives = new List<List<QueryToken>> { new() { new QueryToken(text, Prefix: lettersOnly) } };
        var parts = LatinParts(text).ToList();
        if (parts.Count > 1) alternatives.Add(parts.Select(p => new QueryToken(p, Prefix: p.All(char.IsAsciiLetter))).ToList());
        var words = new List<string> { text };
        foreach (var other in vocabulary.Synonyms.Expand(text)) AddWord(words, alternatives, other);
        if (lettersOnly)
            foreach (var hanzi in vocabulary.FromPinyin(text).ToList())
            {
                AddWord(words, alternatives, hanzi);
                foreach (var other in vocabulary.Synonyms.Expand(hanzi)) AddWord(words, alternatives, other);
            }
        return new SearchTerm(text, Cap(alternatives), words);
    }

    /// <summary>Adds another word the term also finds, tokenised like a document word.</summary>
    private static void AddWord(List<string> words, List<List<QueryToken>> alternatives, string word)
    {
        if (words.Contains(word)) return;
        words.Add(word);
        var tokens = new List<QueryToken>();
        foreach (var run in Runs(word))
        {
            if (run.IsCjk) tokens.AddRange(CjkTokens(run.Chars));
            else tokens.Add(new QueryToken(run.Text, Prefix: false));
        }
        if (tokens.Count > 0) alternatives.Add(tokens.DistinctBy(t => t.Text).ToList());
    }

    private static List<IReadOnlyList<QueryToken>> Cap(List<List<QueryToken>> alternatives) =>
        alternatives.Where(a => a.Count > 0).DistinctBy(a => string.Join(' ', a.Select(t => t.Text + (t.Prefix ? "*" : ""))))
            .Take(MaxAlternatives).Select(a => (IReadOnlyList<QueryToken>)a).ToList();

    /// <summary>The letter and digit parts of a mixed Latin word ("mate60" → mate, 60); none if it is not mixed.</summary>
    private static IEnumerable<string> LatinParts(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
            if (i == text.Length || char.IsAsciiDigit(text[i]) != char.IsAsciiDigit(text[i - 1]))
            {
                parts.Add(text[start..i]);
                start = i;
            }
        return parts.Count > 1 ? parts : [];
    }

    private static IEnumerable<TextRun> Runs(string text)
    {
        var latin = new StringBuilder();
        var cjk = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormKC));
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            if (IsCjk(rune))
            {
                if (latin.Length > 0) { yield return new TextRun(false, latin.ToString(), []); latin.Clear(); }
                cjk.Add(element);
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                if (cjk.Count > 0) { yield return new TextRun(true, "", [.. cjk]); cjk.Clear(); }
                latin.Append(element.ToLowerInvariant());
            }
            else
            {
                if (latin.Length > 0) { yield return new TextRun(false, latin.ToString(), []); latin.Clear(); }
                if (cjk.Count > 0) { yield return new TextRun(true, "", [.. cjk]); cjk.Clear(); }
            }
        }
        if (latin.Length > 0) yield return new TextRun(false, latin.ToString(), []);
        if (cjk.Count > 0) yield return new TextRun(true, "", [.. cjk]);
    }

    private static bool IsCjk(Rune r) => r.Value is
        (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2EBEF) or
        (>= 0xF900 and <= 0xFAFF) or (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF);
}
