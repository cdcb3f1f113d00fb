using BlazorShop.Features.Search;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Answers searches with what the test put in <see cref="Results"/> (by query text), and records the requests.</summary>
public sealed class FakeSearchService : ISearchService
{
    public Dictionary<string, SearchResult> Results { get; } = [];
    public List<SearchRequest> Requests { get; } = [];
    public Exception? Failure { get; set; }
    public TaskCompletionSource? Gate { get; set; }

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        Requests.Add(request);
        if (Failure is not null) throw Failure;
        if (Gate is not null) await Gate.Task;
        return request.Query is { } q && Results.TryGetValue(q, out var result)
            ? result
            : SearchResult.Empty(request.Query ?? "", new BlazorShop.Shared.Paging(1, 12), "default");
    }

    public Task<SearchSuggestions> SuggestAsync(string? query, CancellationToken ct = default) => Task.FromResult(SearchSuggestions.None);
}
