using BlazorShop.Domain;

namespace BlazorShop.Features.Notices;

public sealed record NoticeView(long Id, NoticeKind Kind, string Subject, string? Link, DateTime CreatedAt, bool IsRead);
