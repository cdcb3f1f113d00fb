namespace BlazorShop.Domain;

/// <summary>What a message-centre notice is about (its text comes from the resources: <c>Notice_{Kind}_Title/Body</c>).</summary>
public enum NoticeKind
{
    BackInStock = 1,
}
