namespace BlazorShop.Features.Catalog;

public sealed record ReviewView(string User, int Score, string Comment, DateTime At, string SkuName);
