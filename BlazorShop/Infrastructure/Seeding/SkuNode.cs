namespace BlazorShop.Infrastructure.Seeding;

sealed record SkuNode(string Name, string? Caption, decimal Price, decimal MarketPrice, decimal CostPrice,
    int Stock, int Sales, bool Launched, List<string> Options, List<string> Images,
    string? NameEn = null, string? CaptionEn = null);
