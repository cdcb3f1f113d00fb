namespace BlazorShop.Domain;

public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The English name, shown on English pages; null falls back to <see cref="Name"/>.</summary>
    public string? NameEn { get; set; }
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; set; } = [];
    /// <summary>1, 2 or 3 — kept explicitly so menus and breadcrumbs need no recursive query.</summary>
    public int Level { get; set; }
    public int Sequence { get; set; }
}
