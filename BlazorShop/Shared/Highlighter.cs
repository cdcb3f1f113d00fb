namespace BlazorShop.Shared;

public static class Highlighter
{
    /// <summary>Splits text into matched and unmatched pieces (case-insensitive; overlapping matches merge).</summary>
    public static IReadOnlyList<Segment> Split(string text, IEnumerable<string> terms)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var marks = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
                Array.Fill(marks, true, at, term.Length);
        }
        var segments = new List<Segment>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && marks[i] == marks[start]) continue;
            segments.Add(new Segment(text[start..i], marks[start]));
            start = i;
        }
        return segments;
    }
}
