using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Cart;

/// <summary>The cart's settings (section <c>Cart</c>), validated at start.</summary>
public sealed class CartOptions : IValidatableObject
{
    public const string Section = "Cart";

    /// <summary><c>Auto</c> (Redis when <c>ConnectionStrings:Redis</c> is set, else the database), <c>Database</c> or <c>Redis</c>.</summary>
    public CartStoreProvider Provider { get; set; } = CartStoreProvider.Auto;

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

    /// <summary>Set from <c>ConnectionStrings:Redis</c> when the options are bound.</summary>
    public bool RedisConfigured { get; set; }

    public bool UsesRedis => Provider == CartStoreProvider.Redis || (Provider == CartStoreProvider.Auto && RedisConfigured);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == CartStoreProvider.Redis && !RedisConfigured)
            yield return new ValidationResult("Cart:Provider is Redis but ConnectionStrings:Redis is not set.", [nameof(Provider)]);
    }
}
