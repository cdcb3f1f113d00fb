namespace BlazorShop.Features.Admin.Goods;

public sealed record OptionDetail(int Id, string Value, string? ValueEn = null);
