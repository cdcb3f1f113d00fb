using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Features.Catalog.Reviews;

/// <summary>The <c>score</c> query values of the review filter, and the score range each one means.</summary>
public static class ReviewFilters
{
    public static readonly IReadOnlyList<ReviewFilter> All = [ReviewFilter.All, ReviewFilter.Good, ReviewFilter.Middle, ReviewFilter.Bad];

    private static readonly string[] QueryValues = ["good", "mid", "bad"];

    /// <summary>A malformed or missing value means "all".</summary>
    public static ReviewFilter Parse(string? raw) => QueryValue.OneOf(raw, QueryValues) switch
    {
        "good" => ReviewFilter.Good,
        "mid" => ReviewFilter.Middle,
        "bad" => ReviewFilter.Bad,
        _ => ReviewFilter.All,
    };

    /// <summary>The query value (null for "all").</summary>
    public static string? ToQuery(this ReviewFilter filter) => filter switch
    {
        ReviewFilter.Good => "good",
        ReviewFilter.Middle => "mid",
        ReviewFilter.Bad => "bad",
        _ => null,
    };

    public static (int Min, int Max) Scores(this ReviewFilter filter) => filter switch
    {
        ReviewFilter.Good => (4, 5),
        ReviewFilter.Middle => (2, 3),
        ReviewFilter.Bad => (1, 1),
        _ => (1, 5),
    };
}
