namespace BlazorShop.Domain;

public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; set; } = [];
    /// <summary>1, 2 or 3 — kept explicitly so menus and breadcrumbs need no recursive query.</summary>
    public int Level { get; set; }
    public int Sequence { get; set; }
}

public class ChannelGroup
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Sequence { get; set; }
    public List<Channel> Channels { get; set; } = [];
}

/// <summary>A level-1 category placed in a home-page navigation group.</summary>
public class Channel
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public ChannelGroup? Group { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public required string Url { get; set; }
    public int Sequence { get; set; }
}

public class Brand
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Logo { get; set; }
    public string FirstLetter { get; set; } = "";
}

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
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public List<Specification> Specifications { get; set; } = [];
    public List<Sku> Skus { get; set; } = [];
}

public class Specification
{
    public int Id { get; set; }
    public long SpuId { get; set; }
    public required string Name { get; set; }
    public int Sequence { get; set; }
    public List<SpecificationOption> Options { get; set; } = [];
}

public class SpecificationOption
{
    public int Id { get; set; }
    public int SpecificationId { get; set; }
    public Specification? Specification { get; set; }
    public required string Value { get; set; }
    public int Sequence { get; set; }
}

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
    public decimal Price { get; set; }
    public decimal MarketPrice { get; set; }
    public decimal CostPrice { get; set; }
    public int Stock { get; set; }
    public int Sales { get; set; }
    public int CommentCount { get; set; }
    public bool IsLaunched { get; set; }
    public string? DefaultImage { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
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

public class SkuImage
{
    public long Id { get; set; }
    public long SkuId { get; set; }
    /// <summary>Blob-store key.</summary>
    public required string Image { get; set; }
    public int Sequence { get; set; }
}

/// <summary>The option a SKU has for one specification of its SPU.</summary>
public class SkuSpecification
{
    public long Id { get; set; }
    public long SkuId { get; set; }
    public int SpecificationId { get; set; }
    public Specification? Specification { get; set; }
    public int OptionId { get; set; }
    public SpecificationOption? Option { get; set; }
}

/// <summary>A slot for admin-managed content: carousel, news, ads (key e.g. "index_lbt").</summary>
public class ContentCategory
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    public List<Content> Contents { get; set; } = [];
}

public class Content
{
    public long Id { get; set; }
    public int CategoryId { get; set; }
    public ContentCategory? Category { get; set; }
    public required string Title { get; set; }
    public string Url { get; set; } = "";
    public string? Image { get; set; }
    public string? Text { get; set; }
    public int Sequence { get; set; }
    public bool IsVisible { get; set; } = true;
}

/// <summary>Visits of a category's list page on one (China) day, for the admin dashboard.</summary>
public class CategoryVisit
{
    public long Id { get; set; }
    public int CategoryId { get; set; }
    public DateOnly Date { get; set; }
    public int Count { get; set; }
}
