namespace BlazorShop.Infrastructure.Seeding;

sealed record AreaNode(int Id, string Name, int? ParentId);
