namespace BlazorShop.Features.Search;

/// <summary>
/// Finds the launched SKUs matching a query's terms. Two engines give the same hits: <see cref="MemorySkuIndex"/>
/// (the default: posting lists in memory, kept in step with the database) and <see cref="DatabaseSkuMatcher"/> (the
/// provider's full-text index: PostgreSQL tsvector + GIN, SQLite FTS5). Search:Engine chooses.
/// </summary>
public interface ISkuMatcher
{
    /// <param name="partial">false: every term must match; true: any term, counting how many did.</param>
    /// <param name="rank">false: Field is 0 (only the relevance order needs it).</param>
    Task<SkuHits> MatchAsync(IReadOnlyList<SearchTerm> terms, bool partial, bool rank, CancellationToken ct = default);
}
