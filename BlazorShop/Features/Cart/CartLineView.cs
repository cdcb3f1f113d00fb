namespace BlazorShop.Features.Cart;

/// <summary>A cart line as the cart page and the mini-cart show it: the stored line with the SKU's current data.</summary>
public sealed class CartLineView
{
    public long SkuId { get; init; }
    public string Name { get; init; } = "";
    public string? Image { get; init; }
    /// <summary>The SKU's specification values ("黑色 · 256GB").</summary>
    public string Specs { get; init; } = "";
    public decimal Price { get; set; }
    public int Stock { get; set; }
    public bool IsLaunched { get; set; }
    public int Count { get; set; }
    /// <summary>As stored; <see cref="IsSelected"/> is what counts (an unavailable line is never selected).</summary>
    public bool Selected { get; set; }

    /// <summary>On sale and in stock: the line can be selected and bought.</summary>
    public bool Available => IsLaunched && Stock > 0;
    public bool IsSelected => Selected && Available;
    /// <summary>The most this line can hold: min(stock, the per-line maximum), at least 1.</summary>
    public int Limit(int maxPerLine) => Math.Max(1, Math.Min(Stock, maxPerLine));
    public decimal Subtotal => Price * Count;
}
