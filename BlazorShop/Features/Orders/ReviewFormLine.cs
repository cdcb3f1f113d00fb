namespace BlazorShop.Features.Orders;

/// <summary>One line's review as posted (text fields, parsed by the page).</summary>
public sealed class ReviewFormLine
{
    public string? LineId { get; set; }
    public string? Score { get; set; }
    public string? Text { get; set; }
    public string? Anonymous { get; set; }
}
