namespace BlazorShop.Features.Admin.Goods;

public sealed record SpecDetail(int Id, string Name, IReadOnlyList<OptionDetail> Options, string? NameEn = null);
