namespace BlazorShop.Features.Search;

/// <summary>Loads the segmenter's dictionary and the pinyin table in the background at start, so the first
/// shopper's search does not wait for them (~0.5 s).</summary>
public sealed class SearchWarmup(ILogger<SearchWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        _ = ChineseSegmenter.Default;
        _ = PinyinTable.Default;
        _ = SearchSynonyms.Default;
        logger.LogInformation("Search dictionaries loaded in {Ms} ms", started.ElapsedMilliseconds);
    }, stoppingToken);
}
