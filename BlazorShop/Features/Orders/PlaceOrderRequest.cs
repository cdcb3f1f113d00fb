using BlazorShop.Domain;

namespace BlazorShop.Features.Orders;

/// <summary>
/// What the settlement page submits. <paramref name="ExpectedTotal"/> is the total the shopper saw: when the server's
/// total (from database prices) differs, nothing is ordered and the shopper reviews the new prices.
/// <paramref name="Token"/> makes a double submission return the first order instead of placing a second.
/// </summary>
public sealed record PlaceOrderRequest(
    IReadOnlyList<CheckoutLine> Lines,
    long AddressId,
    PayMethod PayMethod,
    decimal? ExpectedTotal,
    CheckoutSource Source,
    string? Token);
