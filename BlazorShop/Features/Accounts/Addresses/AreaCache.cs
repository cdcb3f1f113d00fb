using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>
/// The areas, read once from the database and kept in memory for the life of the process: they never change at run
/// time (seeded from wwwroot-assets). A failed load is not kept: the next call tries again.
/// </summary>
public sealed class AreaCache(IDbContextFactory<ShopDbContext> contexts) : IAreaDirectory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(Dictionary<int, AreaItem> ById, Dictionary<int, IReadOnlyList<AreaItem>> Children, IReadOnlyList<AreaItem> Provinces);

    public async Task<IReadOnlyList<AreaItem>> ChildrenAsync(int? parentId, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        if (parentId is not { } id) return snapshot.Provinces;
        return snapshot.Children.TryGetValue(id, out var children) ? children : [];
    }

    public async Task<AreaItem?> FindAsync(int id, CancellationToken ct = default) =>
        (await GetAsync(ct)).ById.GetValueOrDefault(id);

    private async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        if (_snapshot is { } ready) return ready;
        await _gate.WaitAsync(ct);
        try
        {
            if (_snapshot is { } loaded) return loaded;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var all = await db.Areas.AsNoTracking().OrderBy(a => a.Id).Select(a => new AreaItem(a.Id, a.Name, a.ParentId)).ToListAsync(ct);
            var children = all.Where(a => a.ParentId is not null).GroupBy(a => a.ParentId!.Value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<AreaItem>)g.ToList());
            return _snapshot = new Snapshot(all.ToDictionary(a => a.Id), children, all.Where(a => a.ParentId is null).ToList());
        }
        finally { _gate.Release(); }
    }
}
