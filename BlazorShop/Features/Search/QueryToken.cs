namespace BlazorShop.Features.Search;

/// <summary>One index token of a query; a prefix token also finds longer tokens that start with it.</summary>
public sealed record QueryToken(string Text, bool Prefix);
