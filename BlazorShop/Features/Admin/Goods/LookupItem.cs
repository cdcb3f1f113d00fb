namespace BlazorShop.Features.Admin.Goods;

/// <summary>A choice in a filter or editor drop-down (a category shown with its path, a brand).</summary>
public sealed record LookupItem(int Id, string Name);
