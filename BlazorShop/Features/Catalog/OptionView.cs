namespace BlazorShop.Features.Catalog;

public sealed record OptionView(int Id, string Value);
