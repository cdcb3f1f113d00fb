namespace BlazorShop.Features.Search;

/// <summary>
/// The provider-specific half of search: SQL that selects the launched SKUs matching the query, as rows of
/// ("Id", "Hits", "Field", "CategoryId", "BrandId", "Price", "Sales", "CreatedAt"): Hits is how many terms matched
/// (all of them unless <c>partial</c>), Field the best field every term matched in (3 name, 2 brand/category,
/// 1 spec values, 0 caption). <see cref="DatabaseSkuMatcher"/> runs it; <see cref="MemorySkuIndex"/> (the default
/// engine) computes the same rows from posting lists in memory.
/// Tokens hold letters and digits only (SearchTokenizer), so nothing the shopper typed can carry query syntax.
/// </summary>
public interface ISkuSearchIndex
{
    /// <param name="partial">false: every term must match; true: any term, counting how many did.</param>
    /// <param name="rank">false: Field is 0 (a sort that does not need relevance saves its per-row tests).</param>
    SearchMatchSql Match(IReadOnlyList<SearchTerm> terms, bool partial = false, bool rank = true);
}
