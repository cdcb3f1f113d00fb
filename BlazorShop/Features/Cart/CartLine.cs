namespace BlazorShop.Features.Cart;

/// <summary>What a cart store holds for one SKU: the count and whether it is selected for checkout.</summary>
public sealed record CartLine(long SkuId, int Count, bool Selected);
