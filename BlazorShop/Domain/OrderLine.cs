namespace BlazorShop.Domain;

public class OrderLine
{
    public long Id { get; set; }
    public required string OrderId { get; set; }
    public long SkuId { get; set; }
    public Sku? Sku { get; set; }
    public required string SkuName { get; set; }
    public string? Image { get; set; }
    public int Count { get; set; }
    /// <summary>Unit price copied at order time.</summary>
    public decimal Price { get; set; }
    public int? Score { get; set; }
    public string? Comment { get; set; }
    public bool IsAnonymous { get; set; }
    public bool IsCommented { get; set; }
    public DateTime? CommentedAt { get; set; }
    /// <summary>Hidden by the back office: the review no longer shows on the product page.</summary>
    public bool IsReviewHidden { get; set; }
}
