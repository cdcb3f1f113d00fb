namespace BlazorShop.Infrastructure.Seeding;

sealed record SpecNode(string Name, List<string> Options, string? NameEn = null, List<string>? OptionsEn = null);
