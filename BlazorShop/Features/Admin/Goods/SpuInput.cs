namespace BlazorShop.Features.Admin.Goods;

/// <summary>The SPU editor's form (a new SPU when <see cref="Id"/> is 0); checked by <see cref="AdminSpuService.SaveAsync"/>.</summary>
public sealed class SpuInput
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public int BrandId { get; set; }
    public int Category3Id { get; set; }
    public string Description { get; set; } = "";
    public string AfterSale { get; set; } = "";
    /// <summary>English versions (optional: English pages fall back to the Chinese).</summary>
    public string NameEn { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string AfterSaleEn { get; set; } = "";
}
