using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Cart;

/// <summary>The cart (section <c>Cart</c>): where carts live and their limits, validated at start.</summary>
public sealed class CartOptions
{
    public const string Section = "Cart";

    /// <summary><c>Database</c> (the embedded default) or <c>Redis</c> (needs <c>ConnectionStrings:Redis</c>).</summary>
    public CartStoreProvider Provider { get; set; } = CartStoreProvider.Database;

    /// <summary>A guest cart nobody changed for this long is gone.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan GuestIdleExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Distinct lines a cart holds at most.</summary>
    [Range(1, 1000)]
    public int MaxLines { get; set; } = 100;

    /// <summary>The most of one SKU a line holds (also bounded by the stock).</summary>
    [Range(1, 100_000)]
    public int MaxCountPerLine { get; set; } = 999;

    /// <summary>Prefix of the Redis keys (deployments sharing a Redis use their own).</summary>
    [Required, MinLength(1)]
    public string RedisKeyPrefix { get; set; } = "blazorshop:cart:";
}
