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
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? LastLoginAt { get; set; }
}

public class ShopRole : IdentityRole<long>
{
    public ShopRole() { }
    public ShopRole(string name) : base(name) { }
    public string? Description { get; set; }
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
}

/// <summary>Staff permissions are role claims of this type; Admin implies all of them.</summary>
public static class Permissions
{
    public const string ClaimType = "permission";
    public const string Catalog = "catalog.manage";
    public const string Orders = "orders.manage";
    public const string Users = "users.manage";
    public const string Content = "content.manage";
    public const string Recharges = "recharges.approve";
    public const string Reviews = "reviews.manage";
    public static readonly string[] All = [Catalog, Orders, Users, Content, Recharges, Reviews];
}

public enum LedgerKind { Recharge = 1, OrderPayment = 2, Refund = 3, Adjustment = 4 }

/// <summary>Every change of a user's balance, with the balance after it, so the balance can be audited.</summary>
public class BalanceLedgerEntry
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public decimal Amount { get; set; }
    public decimal BalanceAfter { get; set; }
    public LedgerKind Kind { get; set; }
    public string? OrderId { get; set; }
    public long? RechargeRequestId { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

public enum RechargeStatus { Pending = 1, Approved = 2, Rejected = 3 }

public class RechargeRequest
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public decimal Amount { get; set; }
    public RechargeStatus Status { get; set; } = RechargeStatus.Pending;
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? ReviewedAt { get; set; }
    public long? ReviewedById { get; set; }
    public int RowVersion { get; set; }
}

/// <summary>Last SKUs a signed-in shopper viewed (database mode; Redis keeps a list instead).</summary>
public class BrowseHistoryEntry
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public long SkuId { get; set; }
    public DateTime ViewedAt { get; set; } = DateTime.UtcNow;
}
