namespace BlazorShop.Features.Admin.Goods;

public sealed record SkuBrief(long Id, string Name, decimal Price, int Stock, bool IsLaunched, IReadOnlyList<int> OptionIds);
