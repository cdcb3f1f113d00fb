namespace BlazorShop.Domain;

/// <summary>
/// A line of a guest's server-side cart (database cart store). The guest is known only by the anonymous cart id in
/// their protected cookie; the cart is gone after 30 idle days or when the guest signs in (merged into the user's).
/// </summary>
public class GuestCartItem
{
    public long Id { get; set; }
    /// <summary>The anonymous cart id (32 hex digits), never a user id.</summary>
    public string GuestId { get; set; } = "";
    public long SkuId { get; set; }
    public int Count { get; set; }
    public bool Selected { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}
