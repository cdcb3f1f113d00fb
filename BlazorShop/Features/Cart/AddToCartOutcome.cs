namespace BlazorShop.Features.Cart;

/// <summary>What a cart change did; the text the shopper reads is <see cref="CartText.Of"/>.</summary>
public enum AddToCartOutcome
{
    Added,
    /// <summary>Added, but the line holds at most min(stock, 999): the count was capped.</summary>
    CappedAtStock,
    /// <summary>Off sale or sold out.</summary>
    Unavailable,
    /// <summary>No such SKU.</summary>
    NotFound,
    /// <summary>Not a count (not a number, ≤ 0, above the bounds): nothing changed.</summary>
    InvalidCount,
    /// <summary>The cart already holds the most distinct lines.</summary>
    TooManyLines,
    /// <summary>A change to a line the cart doesn't have.</summary>
    NoSuchLine,
    Updated,
}
