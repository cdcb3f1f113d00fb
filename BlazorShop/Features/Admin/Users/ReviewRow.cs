namespace BlazorShop.Features.Admin.Users;

public sealed record ReviewRow(long LineId, string OrderId, long SkuId, string SkuName, string UserName, int Score, string Comment, DateTime? CommentedAt, bool IsHidden);
