using System.Globalization;
using System.Text;

namespace BlazorShop.Features.Search;

/// <summary>
/// Chinese has no spaces between words, so text is indexed as overlapping character pairs (bigrams) plus
/// the last character of each run, the classic CJK approach (Lucene's CJKAnalyzer); Latin letters and digits form
/// lower-case words. "海尔双开门冰箱 55英寸 4K" → 海尔 尔双 双开 开门 门冰 冰箱 箱 55 英寸 寸 4k. A one-character query
/// is a prefix search ("冰" finds 冰箱 and a final 冰).
/// A query matches when every one of its tokens is in the document, so "冰箱" finds "双开门冰箱".
/// Tokens contain only letters and digits: nothing of the user's query reaches FTS5/tsquery syntax.
/// </summary>
public static class SearchTokenizer
{
    public const int MaxQueryLength = 100;
    public const int MaxTerms = 8;

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
            else tokens.Add(run.Text);
        }
        return string.Join(' ', tokens);
    }

    /// <summary>
    /// Query side: the user's terms (split on whitespace, capped), each with the tokens that must all match.
    /// A CJK run of one character searches that character; longer runs search their bigrams.
    /// </summary>
    public static IReadOnlyList<SearchTerm> ForQuery(string? query)
    {
        var q = (query ?? "").Trim();
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        var terms = new List<SearchTerm>();
        foreach (var raw in q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = new List<QueryToken>();
            foreach (var run in Runs(raw))
            {
                if (!run.IsCjk) tokens.Add(new QueryToken(run.Text, Prefix: run.Text.All(char.IsAsciiLetter)));
                else if (run.Chars.Count == 1) tokens.Add(new QueryToken(run.Chars[0], Prefix: true));
                else for (var i = 0; i + 1 < run.Chars.Count; i++) tokens.Add(new QueryToken(run.Chars[i] + run.Chars[i + 1], false));
            }
            var display = new string(raw.Where(c => char.IsLetterOrDigit(c) || char.IsSurrogate(c)).ToArray());
            if (tokens.Count > 0) terms.Add(new SearchTerm(display, tokens.DistinctBy(t => t.Text).ToList()));
            if (terms.Count == MaxTerms) break;
        }
        return terms;
    }

    private sealed record Run(bool IsCjk, string Text, List<string> Chars);

    private static IEnumerable<Run> Runs(string text)
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
                if (latin.Length > 0) { yield return new Run(false, latin.ToString(), []); latin.Clear(); }
                cjk.Add(element);
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                if (cjk.Count > 0) { yield return new Run(true, "", [.. cjk]); cjk.Clear(); }
                latin.Append(element.ToLowerInvariant());
            }
            else
            {
                if (latin.Length > 0) { yield return new Run(false, latin.ToString(), []); latin.Clear(); }
                if (cjk.Count > 0) { yield return new Run(true, "", [.. cjk]); cjk.Clear(); }
            }
        }
        if (latin.Length > 0) yield return new Run(false, latin.ToString(), []);
        if (cjk.Count > 0) yield return new Run(true, "", [.. cjk]);
    }

    private static bool IsCjk(Rune r) => r.Value is
        (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2EBEF) or
        (>= 0xF900 and <= 0xFAFF) or (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF);
}

public sealed record QueryToken(string Text, bool Prefix);

/// <summary>One word the shopper typed (for highlighting) and the index tokens it needs.</summary>
public sealed record SearchTerm(string Display, IReadOnlyList<QueryToken> Tokens);
