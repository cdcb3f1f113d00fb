namespace BlazorShop.Infrastructure.Seeding;

// Shape of wwwroot-assets/catalog/catalog.json (see wwwroot-assets/README.md).
sealed record CatalogFile(
    List<CategoryNode> Categories,
    List<ChannelGroupNode> ChannelGroups,
    List<BrandNode> Brands,
    List<SpuNode> Spus,
    List<ContentSlotNode> Contents);
