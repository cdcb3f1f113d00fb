namespace BlazorShop.Domain;

/// <summary>Mainland administrative division; id is the official code (省 2 digits, 市 4, 区县 6).</summary>
public class Area
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Area? Parent { get; set; }
    public List<Area> Children { get; set; } = [];
}
