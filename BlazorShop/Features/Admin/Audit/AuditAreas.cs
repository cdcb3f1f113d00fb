namespace BlazorShop.Features.Admin.Audit;

/// <summary>The areas of the audit log.</summary>
public static class AuditAreas
{
    public const string Goods = "goods";
    public const string Orders = "orders";
    public const string Users = "users";
    public const string Finance = "finance";
    public const string Content = "content";
    public static readonly string[] All = [Goods, Orders, Users, Finance, Content];
}
