namespace BlazorShop.Features.Catalog;

public sealed record SpecView(int Id, string Name, IReadOnlyList<OptionView> Options);
