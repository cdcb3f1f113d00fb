namespace BlazorShop.Features.Catalog;

/// <summary>A sibling SKU and its option per specification (in specification order).</summary>
public sealed record VariantView(long SkuId, IReadOnlyList<int> OptionIds, bool IsLaunched, int Stock = 1);
