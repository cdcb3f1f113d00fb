namespace BlazorShop.Infrastructure.Seeding;

sealed record CategoryNode(string Name, List<CategoryNode>? Children, string? NameEn = null);
