namespace BlazorShop.Shared;

/// <summary>
/// The freight an order pays, for pages that show it before checkout (the product page's delivery line). The orders
/// own the setting; this seam lets the catalog read it without depending on the orders.
/// </summary>
public interface IFreight
{
    /// <summary>Flat freight per order, in yuan.</summary>
    decimal FlatFreight { get; }
}
