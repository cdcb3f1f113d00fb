namespace BlazorShop.Features.Admin.Goods;

/// <summary>Bulk apply: rows saved, rows skipped because someone changed them after the preview, rows refused.</summary>
public sealed record BulkResult(int Saved, IReadOnlyList<long> Conflicts, IReadOnlyList<long> Refused);
