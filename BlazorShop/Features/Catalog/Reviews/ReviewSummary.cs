namespace BlazorShop.Features.Catalog.Reviews;

/// <summary>
/// A product's visible reviews at a glance: how many, split as JD does (good 4–5 stars, middling 2–3, bad 1), and the
/// average score (0 when there are none).
/// </summary>
public sealed record ReviewSummary(int Count, int Good, int Middle, int Bad, decimal Average)
{
    public static readonly ReviewSummary Empty = new(0, 0, 0, 0, 0m);

    /// <summary>Share of good reviews, a whole percent (0 when there are none).</summary>
    public int GoodPercent => Count == 0 ? 0 : (int)Math.Round(100m * Good / Count, MidpointRounding.AwayFromZero);

    public int CountOf(ReviewFilter filter) => filter switch
    {
        ReviewFilter.Good => Good,
        ReviewFilter.Middle => Middle,
        ReviewFilter.Bad => Bad,
        _ => Count,
    };

    /// <summary>From the number of reviews per score (1–5).</summary>
    public static ReviewSummary FromScores(IReadOnlyDictionary<int, int> countByScore)
    {
        int Of(int score) => countByScore.TryGetValue(score, out var n) ? n : 0;
        var count = Enumerable.Range(1, 5).Sum(Of);
        if (count == 0) return Empty;
        var average = Math.Round((decimal)Enumerable.Range(1, 5).Sum(s => s * Of(s)) / count, 1, MidpointRounding.AwayFromZero);
        return new ReviewSummary(count, Of(4) + Of(5), Of(2) + Of(3), Of(1), average);
    }
}
