namespace BlazorShop.Domain;

/// <summary>A search alias of a brand kept by the back office (苹果 → Apple), in addition to the shipped synonym file.</summary>
public class BrandAlias
{
    public int Id { get; set; }
    public int BrandId { get; set; }
    /// <summary>As the admin typed it (trimmed); matched normalised (width, case) like every search word.</summary>
    public required string Alias { get; set; }
}
