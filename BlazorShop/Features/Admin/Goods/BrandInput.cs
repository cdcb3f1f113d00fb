namespace BlazorShop.Features.Admin.Goods;

/// <summary>The brand editor's form (a new brand when <see cref="Id"/> is 0); checked by <see cref="AdminBrandService.SaveAsync"/>.</summary>
public sealed class BrandInput
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The English name (shown on English pages; empty: the Chinese one).</summary>
    public string? NameEn { get; set; }
    public string FirstLetter { get; set; } = "";
    /// <summary>Search aliases separated by commas (， 、 ; too) or spaces.</summary>
    public string Aliases { get; set; } = "";
}
