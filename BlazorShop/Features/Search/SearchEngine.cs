namespace BlazorShop.Features.Search;

/// <summary>Where search matches (Search:Engine): in memory (default) or in the database's full-text index.</summary>
public enum SearchEngine
{
    /// <summary><see cref="MemorySkuIndex"/>: posting lists in memory, kept in step with the database.</summary>
    Memory,

    /// <summary><see cref="DatabaseSkuMatcher"/>: PostgreSQL tsvector + GIN, SQLite FTS5 — same results, slower for broad words.</summary>
    Database,
}
