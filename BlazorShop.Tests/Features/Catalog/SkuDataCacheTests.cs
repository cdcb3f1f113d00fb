using BlazorShop.Features.Catalog;
using Microsoft.Extensions.Caching.Memory;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>Page data kept in memory never outlives a change to a SKU it shows.</summary>
public class SkuDataCacheTests
{
    private readonly SkuDataCache _cache = new(new MemoryCache(new MemoryCacheOptions()));
    private int _loads;

    private Task<string> GetAsync(string key, params long[] skus) =>
        _cache.GetOrLoadAsync(key, () => { _loads++; return Task.FromResult($"{key}#{_loads}"); }, _ => skus);

    [Fact]
    public async Task Data_is_loaded_once_until_a_sku_it_shows_changes()
    {
        Assert.Equal("p#1", await GetAsync("p", 1, 2));
        Assert.Equal("p#1", await GetAsync("p", 1, 2));
        Assert.Equal("q#2", await GetAsync("q", 3));

        _cache.Evict(2);

        Assert.Equal("p#3", await GetAsync("p", 1, 2)); // shows SKU 2: loaded again
        Assert.Equal("q#2", await GetAsync("q", 3));    // does not: still cached
    }

    [Fact]
    public async Task A_load_that_overlaps_a_change_is_not_kept()
    {
        var first = await _cache.GetOrLoadAsync("p", () => { _cache.Evict(99); return Task.FromResult("old"); }, _ => new long[] { 1 });
        var second = await _cache.GetOrLoadAsync("p", () => Task.FromResult("new"), _ => new long[] { 1 });
        Assert.Equal(("old", "new"), (first, second));
    }

    [Fact]
    public async Task Not_found_is_never_kept_and_a_structure_change_drops_everything()
    {
        string? missing = await _cache.GetOrLoadAsync<string?>("x", () => Task.FromResult<string?>(null), _ => []);
        Assert.Null(missing);
        Assert.Equal("found", await _cache.GetOrLoadAsync<string?>("x", () => Task.FromResult<string?>("found"), _ => []));

        Assert.Equal("p#1", await GetAsync("p", 1));
        _cache.Clear();
        Assert.Equal("p#2", await GetAsync("p", 1));
    }
}
