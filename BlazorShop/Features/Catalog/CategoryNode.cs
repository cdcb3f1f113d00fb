namespace BlazorShop.Features.Catalog;

public sealed record CategoryNode(int Id, string Name, int? ParentId, int Level, int Sequence);
