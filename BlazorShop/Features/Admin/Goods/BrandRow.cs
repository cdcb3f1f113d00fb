namespace BlazorShop.Features.Admin.Goods;

/// <summary>A brand in the brand editor: name, first letter, logo (blob key), its search aliases and how many SPUs it has.</summary>
public sealed record BrandRow(int Id, string Name, string FirstLetter, string? Logo, IReadOnlyList<string> Aliases, int Goods, string? NameEn = null);
