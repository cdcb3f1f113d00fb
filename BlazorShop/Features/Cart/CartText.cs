using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Cart;

/// <summary>What the shopper reads about a cart change.</summary>
public static class CartText
{
    public static string Of(IStringLocalizer L, AddToCartOutcome outcome, int limit = 0) => outcome switch
    {
        AddToCartOutcome.Added or AddToCartOutcome.Updated => L["AddedToCart"],
        AddToCartOutcome.CappedAtStock => L["AddedCappedAtStock"],
        AddToCartOutcome.Unavailable => L["CartUnavailable"],
        AddToCartOutcome.NotFound => L["CartNotFound"],
        AddToCartOutcome.InvalidCount => limit > 0 ? L["CartInvalidCount", limit] : L["CartInvalidCountPlain"],
        AddToCartOutcome.TooManyLines => L["CartTooManyLines", limit > 0 ? limit : 100],
        _ => L["CartNoSuchLine"],
    };

    /// <summary>An outcome from a query string (<c>?cart=added</c>); null when it names none.</summary>
    public static string? FromQuery(IStringLocalizer L, string? value, int maxLines) =>
        value is { Length: > 0 and < 40 } && Enum.TryParse<AddToCartOutcome>(value, ignoreCase: true, out var o) && Enum.IsDefined(o) && !value.Any(char.IsDigit)
            ? Of(L, o, o == AddToCartOutcome.TooManyLines ? maxLines : 0)
            : null;
}
