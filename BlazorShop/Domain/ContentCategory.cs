namespace BlazorShop.Domain;

/// <summary>A slot for admin-managed content: carousel, news, ads (key e.g. "index_lbt").</summary>
public class ContentCategory
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    public List<Content> Contents { get; set; } = [];
}
