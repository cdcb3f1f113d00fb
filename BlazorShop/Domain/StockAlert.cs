namespace BlazorShop.Domain;

/// <summary>"到货通知": a shopper asked to be told when a sold-out SKU is back. One per (user, SKU); asking again after
/// being told starts it over.</summary>
public class StockAlert
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public long SkuId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the shopper was told (UTC); null while waiting.</summary>
    public DateTime? NotifiedAt { get; set; }
}
