namespace BlazorShop.Domain;

/// <summary>The option a SKU has for one specification of its SPU.</summary>
public class SkuSpecification
{
    public long Id { get; set; }
    public long SkuId { get; set; }
    public int SpecificationId { get; set; }
    public Specification? Specification { get; set; }
    public int OptionId { get; set; }
    public SpecificationOption? Option { get; set; }
}
