namespace BlazorShop.Domain;

public class SkuImage
{
    public long Id { get; set; }
    public long SkuId { get; set; }
    /// <summary>Blob-store key.</summary>
    public required string Image { get; set; }
    public int Sequence { get; set; }
}
