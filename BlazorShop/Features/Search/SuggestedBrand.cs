namespace BlazorShop.Features.Search;

/// <summary>A brand the search box suggests: one the query names.</summary>
public sealed record SuggestedBrand(int Id, string Name);
