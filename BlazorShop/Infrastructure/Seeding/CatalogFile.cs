namespace BlazorShop.Infrastructure.Seeding;

// Shape of wwwroot-assets/catalog/catalog.json (see wwwroot-assets/README.md).
sealed record CatalogFile(
    List<CategoryNode> Categories,
    List<ChannelGroupNode> ChannelGroups,
    List<BrandNode> Brands,
    List<SpuNode> Spus,
    List<ContentSlotNode> Contents);

sealed record CategoryNode(string Name, List<CategoryNode>? Children);
sealed record ChannelGroupNode(string Name, List<string> Categories);
sealed record BrandNode(string Name, string FirstLetter, string? Logo);
sealed record SpecNode(string Name, List<string> Options);
sealed record SkuNode(string Name, string? Caption, decimal Price, decimal MarketPrice, decimal CostPrice,
    int Stock, int Sales, bool Launched, List<string> Options, List<string> Images);
sealed record SpuNode(string Name, string Brand, List<string> Category, string? Description, string? AfterSale,
    string? Packing, List<SpecNode> Specs, List<SkuNode> Skus);
sealed record ContentItemNode(string Title, string? Url, string? Image, string? Text, int Sequence);
sealed record ContentSlotNode(string Key, string Name, List<ContentItemNode> Items);
sealed record AreaNode(int Id, string Name, int? ParentId);
