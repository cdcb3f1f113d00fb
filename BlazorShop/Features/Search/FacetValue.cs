namespace BlazorShop.Features.Search;

/// <summary>One value of a facet (a category, a brand, a price bucket): its URL key, its label and how many results a click gives.</summary>
public sealed record FacetValue(string Key, string Label, int Count);
