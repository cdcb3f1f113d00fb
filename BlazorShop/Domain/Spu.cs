namespace BlazorShop.Domain;

/// <summary>Standard product unit: the product that SKUs are variants of.</summary>
public class Spu
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The English name, shown on English pages; null falls back to <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }
    public int BrandId { get; set; }
    public Brand? Brand { get; set; }
    public int Category1Id { get; set; }
    public int Category2Id { get; set; }
    public int Category3Id { get; set; }
    public Category? Category1 { get; set; }
    public Category? Category2 { get; set; }
    public Category? Category3 { get; set; }
    public int Sales { get; set; }
    public int CommentCount { get; set; }
    public string Description { get; set; } = "";
    public string Packing { get; set; } = "";
    public string AfterSale { get; set; } = "";
    /// <summary>The English description, shown on English pages; null falls back to <see cref="Description"/>.</summary>
    public string? DescriptionEn { get; set; }
    /// <summary>The English packing list, shown on English pages; null falls back to <see cref="Packing"/>.</summary>
    public string? PackingEn { get; set; }
    /// <summary>The English after-sale text, shown on English pages; null falls back to <see cref="AfterSale"/>.</summary>
    public string? AfterSaleEn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Specification> Specifications { get; set; } = [];
    public List<Sku> Skus { get; set; } = [];
}
