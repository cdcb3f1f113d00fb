using BlazorShop.Features.Catalog;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Browse history in memory: newest first, no duplicates, the last <see cref="IBrowseHistory.Size"/> kept.</summary>
public sealed class FakeBrowseHistory : IBrowseHistory
{
    private readonly Dictionary<long, List<long>> _byUser = [];

    public Task RecordAsync(long userId, long skuId, CancellationToken ct = default)
    {
        var list = _byUser.TryGetValue(userId, out var l) ? l : _byUser[userId] = [];
        list.Remove(skuId);
        list.Insert(0, skuId);
        if (list.Count > IBrowseHistory.Size) list.RemoveRange(IBrowseHistory.Size, list.Count - IBrowseHistory.Size);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<long>> GetAsync(long userId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<long>>(_byUser.TryGetValue(userId, out var l) ? [.. l] : []);
}
