using System.Text.Json.Serialization;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Events;

namespace BlazorShop.Shared.Live;

/// <summary>
/// An order was placed (<paramref name="Previous"/> is null) or changed status (paid, shipped, cancelled, …), on any
/// instance. Keyed by the owner's user id: a shopper's open order pages subscribe by their id; admin feeds take all.
/// </summary>
public sealed record OrderChanged(string OrderId, long UserId, OrderStatus Status, OrderStatus? Previous, decimal Amount) : IKeyedEvent
{
    [JsonIgnore] public long Key => UserId;

    [JsonIgnore] public bool IsNew => Previous is null;
}
