namespace BlazorShop.Domain;

/// <summary>Stock keeping unit: the sellable variant. Stock never goes below zero (check constraint).</summary>
public class Sku
{
    public long Id { get; set; }
    public long SpuId { get; set; }
    public Spu? Spu { get; set; }
    /// <summary>The level-3 category (copied from the SPU so list pages filter one table).</summary>
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    /// <summary>The SPU's brand, copied like <see cref="CategoryId"/> so search facets and brand filters read one table.
    /// Whoever changes an SPU's brand updates its SKUs in the same save.</summary>
    public int BrandId { get; set; }
    public required string Name { get; set; }
    public string Caption { get; set; } = "";
    /// <summary>The English name, shown on English pages; null falls back to <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }
    /// <summary>The English caption, shown on English pages; null falls back to <see cref="Caption"/>.</summary>
    public string? CaptionEn { get; set; }
    public decimal Price { get; set; }
    public decimal MarketPrice { get; set; }
    public decimal CostPrice { get; set; }
    public int Stock { get; set; }
    public int Sales { get; set; }
    public int CommentCount { get; set; }
    public bool IsLaunched { get; set; }
    public string? DefaultImage { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency for admin edits; bumped on every update (also by raw stock updates).</summary>
    public int RowVersion { get; set; }
    /// <summary>Search tokens of <see cref="Name"/> and <see cref="Caption"/> (see SearchTokenizer), kept in step on save.</summary>
    public string SearchName { get; set; } = "";
    public string SearchCaption { get; set; } = "";
    /// <summary>Index tokens of the brand and the category path (maintained by the search feature).</summary>
    public string SearchTags { get; set; } = "";
    /// <summary>Index tokens of the SKU's specification option values (maintained by the search feature).</summary>
    public string SearchSpecs { get; set; } = "";
    public List<SkuImage> Images { get; set; } = [];
    public List<SkuSpecification> Specifications { get; set; } = [];
}
