namespace BlazorShop.Features.Catalog;

public sealed record CategoryLink(int Id, string Name);
public sealed record SubCategory(int Id, string Name, IReadOnlyList<CategoryLink> Children);
/// <summary>One navigation group: its level-1 channels and their level-2 (with level-3) categories.</summary>
public sealed record ChannelGroupMenu(string Name, IReadOnlyList<CategoryLink> Channels, IReadOnlyList<SubCategory> SubCategories);
public sealed record CategoryMenu(IReadOnlyList<ChannelGroupMenu> Groups);
public sealed record CategoryNode(int Id, string Name, int? ParentId, int Level, int Sequence);
public sealed record ContentItem(string Title, string Url, string? Image, string? Text);
