namespace BlazorShop.Domain;

public class Specification
{
    public int Id { get; set; }
    public long SpuId { get; set; }
    public required string Name { get; set; }
    public int Sequence { get; set; }
    public List<SpecificationOption> Options { get; set; } = [];
}
