namespace BlazorShop.Domain;

public class Brand
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The English name, shown on English pages; null falls back to <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }
    public string? Logo { get; set; }
    public string FirstLetter { get; set; } = "";
}
