namespace BlazorShop.Infrastructure.Seeding;

sealed record SpuNode(string Name, string Brand, List<string> Category, string? Description, string? AfterSale,
    string? Packing, List<SpecNode> Specs, List<SkuNode> Skus,
    string? NameEn = null, string? DescriptionEn = null, string? AfterSaleEn = null, string? PackingEn = null);
