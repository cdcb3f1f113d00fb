using BlazorShop.Domain;

namespace BlazorShop.Shared;

/// <summary>The list and search pages' sort orders, as they appear in the URL (?sort=price).</summary>
public static class CatalogSort
{
    public const string Default = "default";
    public const string Price = "price";
    public const string PriceDesc = "price-desc";
    public const string Sales = "sales";
    public const string Newest = "newest";
    public static readonly string[] All = [Default, Price, PriceDesc, Sales, Newest];

    public static string Normalize(string? sort) => All.Contains(sort) ? sort! : Default;

    /// <summary>Price ascends (or descends: price-desc); sales and newest descend; default is the shop's order (best sellers, then newest).
    /// The id breaks ties so paging is stable.</summary>
    public static IQueryable<Sku> Apply(IQueryable<Sku> skus, string sort) => Normalize(sort) switch
    {
        Price => skus.OrderBy(s => s.Price).ThenBy(s => s.Id),
        PriceDesc => skus.OrderByDescending(s => s.Price).ThenBy(s => s.Id),
        Sales => skus.BestSelling(),
        Newest => skus.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id),
        _ => skus.OrderByDescending(s => s.Sales).ThenByDescending(s => s.CreatedAt).ThenBy(s => s.Id),
    };

    /// <summary>Best sellers first (ties by id, so paging is stable): the sales sort, hot-seller lists and floors.</summary>
    public static IOrderedQueryable<Sku> BestSelling(this IQueryable<Sku> skus) => skus.OrderByDescending(s => s.Sales).ThenBy(s => s.Id);
}
