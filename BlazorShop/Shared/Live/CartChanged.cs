using System.Text.Json.Serialization;
using BlazorShop.Infrastructure.Events;

namespace BlazorShop.Shared.Live;

/// <summary>
/// A cart changed (count, selection, lines), on any instance. <paramref name="Cart"/> is the cart's key (<c>u:{user
/// id}</c> or <c>g:{guest id}</c>); badges and cart pages subscribe by <see cref="KeyOf"/> and compare the key.
/// </summary>
public sealed record CartChanged(string Cart) : IKeyedEvent
{
    [JsonIgnore] public long Key => KeyOf(Cart);

    /// <summary>A user's cart: keyed by the user id. A guest's: a stable hash of the key (negative, never a user id).</summary>
    public static long KeyOf(string cart)
    {
        if (cart.StartsWith("u:", StringComparison.Ordinal) && long.TryParse(cart.AsSpan(2), out var id)) return id;
        var hash = 14695981039346656037UL; // FNV-1a: stable across processes (string.GetHashCode is not)
        foreach (var c in cart) { hash ^= c; hash *= 1099511628211UL; }
        return -(long)(hash & long.MaxValue) - 1;
    }
}
