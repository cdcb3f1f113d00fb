namespace BlazorShop.Features.Cart;

/// <summary>
/// Where carts live: Redis (a hash <c>sku → count</c> and a set of selected SKUs per cart) or the database (one row
/// per line, unique per cart and SKU). Every change is one atomic step on the server (a Lua script, a conditional
/// upsert), never a read-modify-write across round trips, so concurrent adds give the exact sum. The store knows no
/// catalog rules: <see cref="CartService"/> validates SKUs and bounds and passes the limits in.
/// </summary>
public interface ICartStore
{
    Task<IReadOnlyList<CartLine>> GetAsync(CartOwner cart, CancellationToken ct = default);

    /// <summary>
    /// Adds <paramref name="count"/> to the line (creating it selected, if the cart has fewer than
    /// <paramref name="maxLines"/> lines), the result capped at <paramref name="limit"/>.
    /// </summary>
    Task<CartAddResult> AddAsync(CartOwner cart, long skuId, int count, int limit, int maxLines, CancellationToken ct = default);

    /// <summary>Sets an existing line's count; false when the cart has no such line.</summary>
    Task<bool> SetCountAsync(CartOwner cart, long skuId, int count, CancellationToken ct = default);

    /// <summary>Selects or unselects existing lines (others are ignored).</summary>
    Task SelectAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, bool selected, CancellationToken ct = default);

    Task RemoveAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, CancellationToken ct = default);

    /// <summary>
    /// Moves the guest cart into the user's: for a SKU in both the guest's count wins, the guest's selection is kept,
    /// lines beyond <paramref name="maxLines"/> are dropped; the guest cart is deleted. Returns the lines moved.
    /// </summary>
    Task<int> MergeAsync(CartOwner guest, CartOwner user, int maxLines, CancellationToken ct = default);

    Task DeleteAsync(CartOwner cart, CancellationToken ct = default);
}
