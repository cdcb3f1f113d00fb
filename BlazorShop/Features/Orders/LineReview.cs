namespace BlazorShop.Features.Orders;

/// <summary>A shopper's review of one order line: a 1–5 score, 5–500 characters of text, optionally anonymous.</summary>
public sealed record LineReview(long LineId, int Score, string? Text, bool Anonymous)
{
    public const int MinText = 5;
    public const int MaxText = 500;
}
