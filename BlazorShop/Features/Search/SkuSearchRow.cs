using System.Linq.Expressions;
using BlazorShop.Domain;

namespace BlazorShop.Features.Search;

/// <summary>What the in-memory index reads of a SKU: its facts and its four token columns (written by
/// <see cref="SearchIndexInterceptor"/>: name 3, brand/category 2, spec values 1, caption 0).</summary>
public sealed record SkuSearchRow(long Id, int CategoryId, int BrandId, decimal Price, int Sales, DateTime CreatedAt, bool IsLaunched,
    string SearchName, string SearchTags, string SearchSpecs, string SearchCaption)
{
    public static readonly Expression<Func<Sku, SkuSearchRow>> Projection = s => new SkuSearchRow(s.Id, s.CategoryId, s.BrandId,
        s.Price, s.Sales, s.CreatedAt, s.IsLaunched, s.SearchName, s.SearchTags, s.SearchSpecs, s.SearchCaption);

    /// <summary>The token columns with the field level each stands for, the best first (a token's level is the best
    /// field it appears in — what the tsvector weights A–D and the FTS5 column filters test).</summary>
    public (string Text, sbyte Level)[] Fields => [(SearchName, 3), (SearchTags, 2), (SearchSpecs, 1), (SearchCaption, 0)];
}
