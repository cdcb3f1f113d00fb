namespace BlazorShop.Features.Catalog;

/// <summary>The last <see cref="Size"/> SKUs a signed-in shopper viewed, newest first, without duplicates.</summary>
public interface IBrowseHistory
{
    public const int Size = 5;
    Task RecordAsync(long userId, long skuId, CancellationToken ct = default);
    Task<IReadOnlyList<long>> GetAsync(long userId, CancellationToken ct = default);
}
