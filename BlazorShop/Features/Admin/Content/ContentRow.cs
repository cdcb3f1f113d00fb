namespace BlazorShop.Features.Admin.Content;

public sealed record ContentRow(long Id, int SlotId, string Title, string Url, string? Image, string? Text, int Sequence, bool IsVisible);
