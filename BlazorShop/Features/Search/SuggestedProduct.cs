namespace BlazorShop.Features.Search;

/// <summary>A product the search box suggests (links to its page).</summary>
public sealed record SuggestedProduct(long Id, string Name);
