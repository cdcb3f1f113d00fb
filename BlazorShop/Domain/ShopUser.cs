using Microsoft.AspNetCore.Identity;

namespace BlazorShop.Domain;

/// <summary>A shopper or staff member. Keys are <c>long</c> so order ids can embed the user id.</summary>
public class ShopUser : IdentityUser<long>
{
    /// <summary>Mainland mobile number (11 digits); unique when present. Staff accounts may have none.</summary>
    public string? Mobile { get; set; }
    /// <summary>Blob-store key of the avatar image, owned by this user only.</summary>
    public string? AvatarKey { get; set; }
    /// <summary>Prepaid balance in yuan (家电之选); the database refuses a negative value.</summary>
    public decimal Balance { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
}
