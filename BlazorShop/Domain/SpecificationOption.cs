namespace BlazorShop.Domain;

public class SpecificationOption
{
    public int Id { get; set; }
    public int SpecificationId { get; set; }
    public Specification? Specification { get; set; }
    public required string Value { get; set; }
    /// <summary>The English value, shown on English pages; null falls back to <see cref="Value"/>.</summary>
    public string? ValueEn { get; set; }
    public int Sequence { get; set; }
}
