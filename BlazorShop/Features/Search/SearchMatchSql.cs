namespace BlazorShop.Features.Search;

/// <summary>The match SQL of a provider and its text parameters.</summary>
public sealed record SearchMatchSql(string Sql, IReadOnlyDictionary<string, string> Parameters);
