namespace BlazorShop.Features.Admin.Content;

public sealed record ContentSlot(int Id, string Name, string Key);
