namespace BlazorShop.Domain;

public class SpecificationOption
{
    public int Id { get; set; }
    public int SpecificationId { get; set; }
    public Specification? Specification { get; set; }
    public required string Value { get; set; }
    public int Sequence { get; set; }
}
