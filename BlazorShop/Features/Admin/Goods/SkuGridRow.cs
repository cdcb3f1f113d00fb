namespace BlazorShop.Features.Admin.Goods;

/// <summary>One SKU row of the grid; the editable fields are settable so the grid's inline editor binds to them.</summary>
public sealed class SkuGridRow
{
    public long Id { get; init; }
    public long SpuId { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The English name (optional; English pages fall back to <see cref="Name"/>).</summary>
    public string? NameEn { get; set; }
    public int CategoryId { get; init; }
    public string CategoryName { get; init; } = "";
    public int BrandId { get; init; }
    public string BrandName { get; init; } = "";
    public decimal Price { get; set; }
    public decimal MarketPrice { get; set; }
    public int Stock { get; set; }
    public int Sales { get; init; }
    public bool IsLaunched { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int RowVersion { get; set; }
}
