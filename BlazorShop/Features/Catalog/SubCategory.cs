namespace BlazorShop.Features.Catalog;

public sealed record SubCategory(int Id, string Name, IReadOnlyList<CategoryLink> Children);
