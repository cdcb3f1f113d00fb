namespace BlazorShop.Features.Catalog;

public sealed record CategoryLink(int Id, string Name);
