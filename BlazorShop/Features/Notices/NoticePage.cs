namespace BlazorShop.Features.Notices;

/// <summary>One page of a shopper's notices, newest first.</summary>
public sealed record NoticePage(IReadOnlyList<NoticeView> Items, int Page, int PageCount, int Total, int Unread);
