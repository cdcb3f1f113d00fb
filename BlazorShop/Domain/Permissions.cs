namespace BlazorShop.Domain;

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
