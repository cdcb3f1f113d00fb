using System.Globalization;

namespace BlazorShop.Features.Cart;

/// <summary>
/// Whose cart: a signed-in user (<c>u:{id}</c>) or a guest known by the anonymous id in their protected cookie
/// (<c>g:{32 hex}</c>). Built only from a verified user id or a verified cookie/token, never from raw client input.
/// </summary>
public readonly record struct CartOwner
{
    private CartOwner(long? userId, string? guestId) => (UserId, GuestId) = (userId, guestId);

    public long? UserId { get; }
    public string? GuestId { get; }
    public bool IsGuest => GuestId is not null;

    public static CartOwner User(long userId) => new(userId, null);

    /// <summary>A guest cart; <paramref name="guestId"/> must be the 32 hex digits of a Guid ("N").</summary>
    public static CartOwner Guest(string guestId) =>
        Guid.TryParseExact(guestId, "N", out var g) ? new(null, g.ToString("N")) : throw new ArgumentException("not a guest cart id", nameof(guestId));

    public static CartOwner NewGuest() => new(null, Guid.NewGuid().ToString("N"));

    /// <summary>The stable text form (event payloads, Redis keys, circuit tokens).</summary>
    public string Key => IsGuest ? "g:" + GuestId : "u:" + UserId!.Value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? key, out CartOwner owner)
    {
        owner = default;
        if (key is null || key.Length < 3 || key[1] != ':') return false;
        if (key[0] == 'u' && long.TryParse(key.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            owner = User(id);
            return true;
        }
        if (key[0] == 'g' && Guid.TryParseExact(key.AsSpan(2), "N", out var g))
        {
            owner = new(null, g.ToString("N"));
            return true;
        }
        return false;
    }

    public override string ToString() => Key;
}
