namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// The SKU grid's filters, sort and page. <see cref="Sort"/> is a column name (id, name, price, marketPrice, stock,
/// sales, launched, updated); anything else sorts by id.
/// </summary>
public sealed record SkuGridQuery(
    int Skip = 0, int Take = 20, string? Sort = null, bool Descending = false,
    int? CategoryId = null, int? BrandId = null, bool? Launched = null, bool LowStock = false, string? Text = null);
