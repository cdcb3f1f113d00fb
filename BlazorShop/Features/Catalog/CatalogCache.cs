using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// The category tree and channel menu change rarely and are on every page: cached in memory, and dropped on every
/// instance when an admin change publishes <see cref="CatalogStructureChanged"/>.
/// </summary>
public sealed class CatalogCache : IDisposable
{
    private const string MenuKey = "catalog:menu";
    private const string TreeKey = "catalog:tree";
    private readonly IDbContextFactory<ShopDbContext> _contexts;
    private readonly IMemoryCache _cache;
    private readonly IDisposable _subscription;
    private readonly List<string> _keys = [MenuKey, TreeKey];

    public CatalogCache(IDbContextFactory<ShopDbContext> contexts, IMemoryCache cache, IEventBus bus)
    {
        _contexts = contexts;
        _cache = cache;
        _subscription = bus.Subscribe<CatalogStructureChanged>(_ => { Invalidate(); return Task.CompletedTask; });
    }

    public void Invalidate()
    {
        lock (_keys) foreach (var key in _keys) _cache.Remove(key);
    }

    /// <summary>Caches a value under a key that <see cref="Invalidate"/> drops (the home page's ads use this too).</summary>
    public async Task<T> GetOrLoadAsync<T>(string key, Func<ShopDbContext, Task<T>> load)
    {
        if (_cache.TryGetValue(key, out T? value)) return value!;
        await using var db = _contexts.CreateDbContext();
        value = await load(db);
        lock (_keys) if (!_keys.Contains(key)) _keys.Add(key);
        _cache.Set(key, value, TimeSpan.FromMinutes(30));
        return value;
    }

    public Task<CategoryMenu> GetMenuAsync() => GetOrLoadAsync(MenuKey, LoadMenuAsync);

    /// <summary>Every category by id: breadcrumbs, levels and children without a recursive query.</summary>
    public Task<IReadOnlyDictionary<int, CategoryNode>> GetTreeAsync() => GetOrLoadAsync<IReadOnlyDictionary<int, CategoryNode>>(TreeKey,
        async db => (await db.Categories.AsNoTracking()
            .Select(c => new CategoryNode(c.Id, c.Name, c.ParentId, c.Level, c.Sequence, c.NameEn)).ToListAsync()).ToDictionary(c => c.Id));

    /// <summary>Visible home-page content of one slot (carousel "index_lbt", news "index_kx", …) in order.</summary>
    public Task<IReadOnlyList<ContentItem>> GetContentAsync(string slot) => GetOrLoadAsync<IReadOnlyList<ContentItem>>("content:" + slot,
        async db => await db.Contents.AsNoTracking().Where(c => c.Category!.Key == slot && c.IsVisible).OrderBy(c => c.Sequence)
            .Select(c => new ContentItem(c.Title, c.Url, c.Image, c.Text)).ToListAsync());

    private async Task<CategoryMenu> LoadMenuAsync(ShopDbContext db)
    {
        var categories = (await GetTreeAsync()).Values;
        var byParent = categories.Where(c => c.ParentId != null).GroupBy(c => c.ParentId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Sequence).ToList());
        var groups = await db.ChannelGroups.AsNoTracking().OrderBy(g => g.Sequence)
            .Select(g => new
            {
                g.Name,
                g.NameEn,
                Channels = g.Channels.OrderBy(c => c.Sequence).Select(c => new CategoryLink(c.CategoryId, c.Category!.Name, c.Category.NameEn, c.Url)).ToList(),
            }).ToListAsync();

        return new CategoryMenu(groups.Select(g => new ChannelGroupMenu(
            g.Name,
            g.Channels,
            g.Channels.SelectMany(ch => byParent.GetValueOrDefault(ch.Id) ?? [])
                .Select(level2 => new SubCategory(level2.Id, level2.Name,
                    (byParent.GetValueOrDefault(level2.Id) ?? []).Select(l3 => l3.Link).ToList(), level2.NameEn))
                .ToList(), g.NameEn)).ToList());
    }

    public void Dispose() => _subscription.Dispose();
}
