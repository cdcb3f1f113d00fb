namespace BlazorShop.Domain;

/// <summary>Last SKUs a signed-in shopper viewed (database mode; Redis keeps a list instead).</summary>
public class BrowseHistoryEntry
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public long SkuId { get; set; }
    public DateTime ViewedAt { get; set; }
}
