namespace BlazorShop.Domain;

public class Specification
{
    public int Id { get; set; }
    public long SpuId { get; set; }
    public required string Name { get; set; }
    /// <summary>The English name, shown on English pages; null falls back to <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }
    public int Sequence { get; set; }
    public List<SpecificationOption> Options { get; set; } = [];
}
