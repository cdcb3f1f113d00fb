namespace BlazorShop.Features.Catalog;

/// <summary>An edit of a SKU's sale data; null fields stay as they are.</summary>
public sealed record SkuEdit(decimal? Price = null, int? Stock = null, bool? IsLaunched = null, string? Name = null, string? Caption = null);
