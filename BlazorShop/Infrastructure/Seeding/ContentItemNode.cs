namespace BlazorShop.Infrastructure.Seeding;

sealed record ContentItemNode(string Title, string? Url, string? Image, string? Text, int Sequence);
