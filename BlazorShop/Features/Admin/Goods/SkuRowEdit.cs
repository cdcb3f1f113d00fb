namespace BlazorShop.Features.Admin.Goods;

/// <summary>An inline edit of one row, with the row version the editor read. <see cref="NameEn"/>: null keeps the English
/// name, empty clears it.</summary>
public sealed record SkuRowEdit(long Id, decimal Price, decimal MarketPrice, int Stock, bool IsLaunched, int RowVersion, string? NameEn = null);
