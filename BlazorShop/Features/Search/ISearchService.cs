namespace BlazorShop.Features.Search;

/// <summary>What the search page and the header box need: results with facets, and suggestions while typing.</summary>
public interface ISearchService
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default);

    Task<SearchSuggestions> SuggestAsync(string? query, CancellationToken ct = default);
}
