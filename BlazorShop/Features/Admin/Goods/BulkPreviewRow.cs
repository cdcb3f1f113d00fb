namespace BlazorShop.Features.Admin.Goods;

/// <summary>What a bulk action would do to one SKU (before → after), or why it can't (<see cref="Error"/>).</summary>
public sealed record BulkPreviewRow(long Id, string Name, int RowVersion,
    decimal Price, decimal NewPrice, int Stock, int NewStock, bool IsLaunched, bool NewLaunched, string? Error);
