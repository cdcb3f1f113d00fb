namespace BlazorShop.Features.Catalog;

public sealed record ContentItem(string Title, string Url, string? Image, string? Text);
