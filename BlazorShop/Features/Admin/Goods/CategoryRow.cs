namespace BlazorShop.Features.Admin.Goods;

/// <summary>A category in the tree editor: its place (parent, level, order) and how many SPUs are filed under it.</summary>
public sealed record CategoryRow(int Id, string Name, int? ParentId, int Level, int Sequence, int Goods, bool InChannel, string? NameEn = null);
