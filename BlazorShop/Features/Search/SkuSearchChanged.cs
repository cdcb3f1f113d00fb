namespace BlazorShop.Features.Search;

/// <summary>SKUs whose searchable data changed (saved on the instance <paramref name="Origin"/>): every instance's
/// in-memory index reads them again (<see cref="SkuSearchChanges"/>).</summary>
public sealed record SkuSearchChanged(Guid Origin, long[] SkuIds);
