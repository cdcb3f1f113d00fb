namespace BlazorShop.Features.Live;

// Events carried by the event bus (in-process or Redis). Keep them small, serializable records.

/// <summary>A SKU's stock, price or sale state changed (an order, an admin edit).</summary>
public sealed record SkuChanged(long SkuId, decimal Price, int Stock, bool IsLaunched);

/// <summary>Categories, channels, brands or home-page content changed: drop cached menus and ads.</summary>
public sealed record CatalogStructureChanged(string What);

/// <summary>A user's cart changed (count or selection), on any instance.</summary>
public sealed record CartChanged(long UserId);
