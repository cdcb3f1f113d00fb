namespace BlazorShop.Features.Catalog;

public sealed record Breadcrumb(IReadOnlyList<CategoryLink> Path);
