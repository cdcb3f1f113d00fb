namespace BlazorShop.Features.Orders;

/// <summary>The review form of an order: one entry per line still to review.</summary>
public sealed class ReviewForm
{
    public List<ReviewFormLine> Lines { get; set; } = [];
}
