namespace BlazorShop.Features.Orders;

public enum PlaceOrderOutcome
{
    Placed,
    /// <summary>The same submission (token) already placed this order.</summary>
    AlreadyPlaced,
    NoLines,
    TooManyLines,
    InvalidCount,
    AddressNotFound,
    InvalidPayMethod,
    /// <summary>The SKU is unknown or withdrawn from sale.</summary>
    Unavailable,
    /// <summary>Not enough stock of one SKU: <see cref="PlaceOrderResult.Left"/> says how many are left.</summary>
    SoldOut,
    PriceChanged,
    InsufficientBalance,
}
