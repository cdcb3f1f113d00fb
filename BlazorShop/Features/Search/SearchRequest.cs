namespace BlazorShop.Features.Search;

/// <summary>What the search page asks for: the shopper's words, sort, page and the facet filters (category, brand, price bucket).</summary>
public sealed record SearchRequest(string? Query, string? Sort = null, int? Page = null, int? PageSize = null,
    int? CategoryId = null, int? BrandId = null, string? Price = null);
