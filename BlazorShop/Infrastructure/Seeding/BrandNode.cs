namespace BlazorShop.Infrastructure.Seeding;

sealed record BrandNode(string Name, string FirstLetter, string? Logo, string? NameEn = null);
