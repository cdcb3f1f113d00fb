namespace BlazorShop.Domain;

/// <summary>Standard product unit: the product that SKUs are variants of.</summary>
public class Spu
{
    public long Id { get; set; }
    public required string Name { get; set; }
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
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Specification> Specifications { get; set; } = [];
    public List<Sku> Skus { get; set; } = [];
}
