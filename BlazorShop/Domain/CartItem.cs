namespace BlazorShop.Domain;

/// <summary>Server-side cart line for signed-in users when Redis is not configured.</summary>
public class CartItem
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public long SkuId { get; set; }
    public int Count { get; set; }
    public bool Selected { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}
